package io.vtsql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sqlline.SqlLine;

/**
 * The shell never shows or writes the API key: not in the prompt, not in {@code !list}, not in the
 * history file, which is private; and a key on the command line is refused.
 */
class ShellSecretsTest {
  private static VtSimulator simulator;
  private static String key;
  private static String fileId;

  @TempDir Path home;

  @BeforeAll
  static void start() throws Exception {
    simulator = VtSimulator.start(SimulatorConfig.builder().port(0).build());
    key = simulator.premiumKey();
    fileId = simulator.corpus().all("file").iterator().next().path("id").asText();
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  /** Types lines into an interactive vtsql shell and returns everything it printed. */
  private String session(Path historyFile, String... lines) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    VtSqlLine sqlLine = new VtSqlLine();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    sqlLine.setOutputStream(print);
    sqlLine.setErrorStream(print);
    List<String> args = new ArrayList<>(VtsqlMain.sqllineArguments(new String[0], Map.of()));
    args.add("--historyFile=" + historyFile);
    byte[] input = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    SqlLine.Status status =
        sqlLine.begin(args.toArray(new String[0]), new ByteArrayInputStream(input), true);
    assertEquals(SqlLine.Status.OK, status, out.toString(StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aKeyInConnectIsUsedButNeverShownOrRecorded() throws Exception {
    Path history = home.resolve(".vtsql").resolve("history");
    String url = "jdbc:vt:apiKey=" + key + ";baseUrl=" + simulator.baseUrl();
    String screen =
        session(
            history,
            "!connect " + url + " '' ''",
            "!list",
            "SELECT id FROM files WHERE id = '" + fileId + "';",
            "!quit");
    assertTrue(screen.contains("1 row selected"), screen);
    assertTrue(screen.contains("jdbc:vt:baseUrl=" + simulator.baseUrl()), screen);
    // The terminal echoes what was typed; nothing the shell printed itself shows the key.
    String printed = screen.replace("!connect " + url, "");
    assertFalse(printed.contains(key), printed);
    String recorded = Files.readString(history);
    assertTrue(recorded.contains("WHERE id = '" + fileId + "'"), recorded);
    assertFalse(recorded.contains(key), recorded);
    assertFalse(recorded.toLowerCase().contains("apikey"), recorded);
    assertEquals(
        "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(history)));
    assertEquals(
        "rwx------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(history.getParent())));
  }

  @Test
  void anExistingHistoryIsMadePrivateAndLosesItsKeys() throws Exception {
    Path history = home.resolve("old-history");
    Files.writeString(
        history,
        "1700000000000:SELECT 1\n" + "1700000000001:!connect jdbc:vt:APIKEY=" + key + " '' ''\n");
    Files.setPosixFilePermissions(history, PosixFilePermissions.fromString("rw-r--r--"));
    session(history, "!quit");
    assertEquals(
        "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(history)));
    String recorded = Files.readString(history);
    assertTrue(recorded.contains("SELECT 1"), recorded);
    assertFalse(recorded.contains(key), recorded);
  }

  @Test
  void anExistingVtsqlFolderIsMadePrivate() throws Exception {
    Path folder = Files.createDirectory(home.resolve(".vtsql"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    ShellSecrets.secureFolder(folder);
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
  }

  @Test
  void connectMovesTheKeyOutOfTheUrl() {
    assertEquals(
        "connect -p apiKey k1 jdbc:vt:baseUrl=http://h/api/v3 '' ''",
        ShellSecrets.keyOutOfUrl("connect jdbc:vt:apiKey=k1;baseUrl=http://h/api/v3 '' ''"));
    assertEquals(
        "!connect -p apiKey k2 \"jdbc:vt:baseUrl=u;\"",
        ShellSecrets.keyOutOfUrl("!connect \"jdbc:vt:baseUrl=u;ApiKey=k2\""));
    assertEquals("connect jdbc:vt:", ShellSecrets.keyOutOfUrl("connect jdbc:vt:"));
  }

  @Test
  void aKeyOnTheCommandLineIsRefused() throws Exception {
    PrintStream originalErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int exit;
    try {
      exit = VtsqlMain.runSqlline(new String[] {"-u", "jdbc:vt:apiKey=" + key}, Map.of());
    } finally {
      System.setErr(originalErr);
    }
    String message = err.toString(StandardCharsets.UTF_8);
    assertEquals(VtsqlMain.EXIT_KEY_ON_COMMAND_LINE, exit);
    assertEquals(1, message.lines().count(), message);
    assertTrue(message.contains("VT_API_KEY"), message);
    assertFalse(message.contains(key), message);
  }
}
