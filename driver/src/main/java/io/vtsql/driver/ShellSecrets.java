package io.vtsql.driver;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the API key out of everything the shell shows or writes: a key in a {@code !connect} URL
 * moves into a connection property (so prompts and {@code !list} show the URL without it), lines
 * that mention a key are never recorded, the history file is private to its owner, and a key on the
 * command line (visible to every local user in {@code ps}) is refused.
 */
final class ShellSecrets {
  /** {@code apiKey=VALUE} inside a JDBC URL, in any letter case, with its separator. */
  private static final Pattern KEY_IN_URL = Pattern.compile("(?i)(?<=[:;])apikey=([^;\\s'\"]*);?");

  private static final Pattern CONNECT_COMMAND =
      Pattern.compile("^(\\s*!?\\s*\\S+)(.*)$", Pattern.DOTALL);
  private static final Set<PosixFilePermission> OWNER_ONLY_FILE =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER =
      PosixFilePermissions.fromString("rwx------");

  private ShellSecrets() {}

  /** Whether a line may carry an API key (any mention of the property, in any case). */
  static boolean mentionsKey(String line) {
    return line.toLowerCase(Locale.ROOT).contains("apikey");
  }

  /**
   * Rewrites a {@code !connect} command so that a key given in its URL travels as the connection
   * property {@code -p apiKey <key>} instead; other commands are returned unchanged.
   */
  static String keyOutOfUrl(String command) {
    Matcher key = KEY_IN_URL.matcher(command);
    if (!key.find()) {
      return command;
    }
    String value = key.group(1);
    String withoutKey = key.replaceAll("");
    Matcher parts = CONNECT_COMMAND.matcher(withoutKey);
    if (!parts.matches()) {
      return command;
    }
    return parts.group(1) + " -p " + VtConnectionSettings.API_KEY + " " + value + parts.group(2);
  }

  /**
   * Why these command-line arguments are refused, if they are: a key in them is visible to every
   * local user ({@code ps}, {@code /proc}).
   */
  static Optional<String> refusal(List<String> args) {
    return args.stream().anyMatch(ShellSecrets::mentionsKey)
        ? Optional.of(
            "vtsql: refusing an API key on the command line, where every local user"
                + " can read it (ps); set the VT_API_KEY environment variable, or connect with"
                + " !connect inside the shell")
        : Optional.empty();
  }

  /**
   * Makes a history file private: creates it (and missing folders) readable by its owner only,
   * tightens the permissions of an existing one, and drops lines that mention a key (written by
   * versions that recorded them).
   */
  static void secureHistoryFile(Path file) throws IOException {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
    }
    if (!Files.exists(file)) {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
      return;
    }
    Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
    List<String> lines = Files.readAllLines(file);
    List<String> kept = lines.stream().filter(line -> !mentionsKey(line)).toList();
    if (kept.size() != lines.size()) {
      Files.write(file, kept);
    }
  }

  /** Makes vtsql's own folder (such as {@code ~/.vtsql}) private to its owner. */
  static void secureFolder(Path folder) throws IOException {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    if (Files.isDirectory(folder)) {
      Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER);
    } else {
      Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
    }
  }
}
