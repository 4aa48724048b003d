package io.vtsql.driver;

import io.vtsql.adapter.VtSchemaFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vtsql serve}: the Avatica HTTP server over {@code jdbc:vt:}, until interrupted. */
@Command(
    name = "vtsql serve",
    mixinStandardHelpOptions = true,
    version = "vtsql " + VtVersion.VERSION,
    description =
        "Serve jdbc:vt: to remote JDBC clients over Avatica (protobuf over HTTP):%n"
            + "  jdbc:avatica:remote:url=http://127.0.0.1:8765;serialization=protobuf")
final class ServeCommand implements Callable<Integer> {
  static final int EXIT_BAD_SETTINGS = 2;
  static final int EXIT_CANNOT_START = 3;

  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8765",
      description = "TCP port (default ${DEFAULT-VALUE})")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description =
          "Address to listen on (default ${DEFAULT-VALUE}); any other than loopback"
              + " requires --auth")
  String bind;

  @Option(
      names = "--auth",
      paramLabel = "none|basic|digest",
      defaultValue = "none",
      description = "HTTP authentication: none, basic or digest (default ${DEFAULT-VALUE})")
  String auth;

  @Option(
      names = "--users",
      paramLabel = "FILE",
      description = "Jetty realm file of remote users, one `name: password` per line")
  Path users;

  @Option(
      names = "--user-keys",
      paramLabel = "FILE",
      description = "Properties file `name=<VirusTotal API key>` giving users their own key")
  Path userKeys;

  @Option(
      names = "--default-key-env",
      paramLabel = "VAR",
      description =
          "Environment variable holding a server-wide key for remote users without"
              + " their own (e.g. VT_API_KEY); without it no key is shared")
  String defaultKeyEnv;

  @Option(
      names = {"-P", "--property"},
      paramLabel = "NAME=VALUE",
      description = "jdbc:vt: property for every connection, e.g. baseUrl=..., cache=true")
  Map<String, String> properties = new LinkedHashMap<>();

  @Option(
      names = "--max-connections",
      paramLabel = "N",
      defaultValue = "100",
      description = "Open connections in all (default ${DEFAULT-VALUE})")
  int maxConnections;

  @Option(
      names = "--max-connections-per-user",
      paramLabel = "N",
      defaultValue = "25",
      description =
          "Open connections of one user; without --auth all clients are one user"
              + " (default ${DEFAULT-VALUE})")
  int maxConnectionsPerUser;

  @Option(
      names = "--max-request-size",
      paramLabel = "BYTES",
      defaultValue = "1m",
      converter = ByteSize.class,
      description = "Largest request body, e.g. 1048576, 512k, 4m (default ${DEFAULT-VALUE})")
  long maxRequestBytes;

  @Option(
      names = "--connection-idle-timeout",
      paramLabel = "DURATION",
      defaultValue = "PT10M",
      description = "Close connections idle this long, ISO-8601 (default ${DEFAULT-VALUE})")
  Duration connectionIdleTimeout;

  @Option(
      names = "--max-statements",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Open statements in all (default ${DEFAULT-VALUE})")
  int maxStatements;

  @Option(
      names = "--max-statements-per-user",
      paramLabel = "N",
      defaultValue = "250",
      description = "Open statements of one user (default ${DEFAULT-VALUE})")
  int maxStatementsPerUser;

  @Option(
      names = "--statement-idle-timeout",
      paramLabel = "DURATION",
      defaultValue = "PT5M",
      description = "Close statements idle this long, ISO-8601 (default ${DEFAULT-VALUE})")
  Duration statementIdleTimeout;

  @Option(
      names = "--scan-files-from",
      paramLabel = "DIR",
      description =
          "Let vt_scan_file read files under DIR on this server (default: remote users cannot"
              + " submit files from the server's disk)")
  Path scanFilesFrom;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    ServerSettings settings;
    try {
      settings = settings(System.getenv());
    } catch (IllegalArgumentException | IOException e) {
      err.println("vtsql serve: " + e.getMessage());
      err.flush();
      return EXIT_BAD_SETTINGS;
    }
    VtAvaticaServer server;
    try {
      server = VtAvaticaServer.start(settings);
    } catch (RuntimeException | SQLException e) {
      err.println("vtsql serve: " + StartFailure.describe(e, settings));
      err.flush();
      return EXIT_CANNOT_START;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "vtsql-serve-stop"));
    err.println("vtsql serve: listening; connect with " + server.jdbcUrl());
    err.println("vtsql serve: " + describe(settings));
    err.flush();
    server.join();
    return 0;
  }

  /** Validates the options into settings; the key values themselves are never printed. */
  ServerSettings settings(Map<String, String> env) throws IOException {
    if (properties.keySet().stream().anyMatch(VtConnectionSettings.API_KEY::equalsIgnoreCase)) {
      throw new IllegalArgumentException(
          "an API key on the command line is visible to every"
              + " local user (ps); use --default-key-env VAR or --user-keys FILE");
    }
    ServerSettings.AuthMode mode;
    try {
      mode = ServerSettings.AuthMode.valueOf(auth.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--auth must be none, basic or digest, not " + auth, e);
    }
    String defaultKey = null;
    if (defaultKeyEnv != null) {
      defaultKey = env.get(defaultKeyEnv);
      if (defaultKey == null || defaultKey.isBlank()) {
        throw new IllegalArgumentException(
            "--default-key-env " + defaultKeyEnv + ": that environment variable is not set");
      }
    }
    requireReadable("--users", users);
    requireReadable("--user-keys", userKeys);
    Map<String, String> keys = userKeys == null ? Map.of() : loadUserKeys(userKeys);
    if (!keys.isEmpty() && mode == ServerSettings.AuthMode.NONE) {
      throw new IllegalArgumentException(
          "--user-keys needs --auth: without authentication"
              + " the server cannot tell users apart");
    }
    Map<String, String> operator = new LinkedHashMap<>(properties);
    if (scanFilesFrom != null) {
      if (!Files.isDirectory(scanFilesFrom)) {
        throw new IllegalArgumentException(
            "--scan-files-from " + scanFilesFrom + ": no such directory");
      }
      operator.put(
          VtSchemaFactory.SCAN_FILES_OPERAND,
          scanFilesFrom.toAbsolutePath().normalize().toString());
    }
    RemoteConnectionPolicy policy = new RemoteConnectionPolicy(operator, keys, defaultKey);
    ServerLimits limits =
        new ServerLimits(
            maxConnections,
            maxConnectionsPerUser,
            maxStatements,
            maxStatementsPerUser,
            maxRequestBytes);
    return new ServerSettings(
        port,
        InetAddress.getByName(bind),
        mode,
        Optional.ofNullable(users),
        policy,
        limits,
        connectionIdleTimeout,
        statementIdleTimeout);
  }

  /** Reads a size in bytes with an optional binary unit: {@code 1048576}, {@code 512k}, ... */
  static final class ByteSize implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      String text = value.strip().toLowerCase(Locale.ROOT);
      int unit = text.isEmpty() ? -1 : "kmg".indexOf(text.charAt(text.length() - 1));
      String digits = unit < 0 ? text : text.substring(0, text.length() - 1);
      try {
        long number = Long.parseLong(digits);
        int shift = unit < 0 ? 0 : 10 * (unit + 1);
        if (number > 0 && number <= Long.MAX_VALUE >> shift) {
          return number << shift;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new CommandLine.TypeConversionException(
          "expected a positive size such as 1048576," + " 512k, 16m or 1g, not " + value);
    }
  }

  private static void requireReadable(String option, Path file) {
    if (file != null && !Files.isReadable(file)) {
      throw new IllegalArgumentException(
          option + " " + file + ": " + (Files.exists(file) ? "not readable" : "no such file"));
    }
  }

  private Map<String, String> loadUserKeys(Path file) throws IOException {
    Set<PosixFilePermission> permissions;
    try {
      permissions = Files.getPosixFilePermissions(file);
    } catch (UnsupportedOperationException e) {
      permissions = Set.of();
    }
    if (permissions.contains(PosixFilePermission.OTHERS_READ)
        || permissions.contains(PosixFilePermission.GROUP_READ)) {
      spec.commandLine()
          .getErr()
          .println(
              "vtsql serve: warning: "
                  + file
                  + " holds API keys and is readable by other users (chmod 600 it)");
    }
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(in);
    }
    Map<String, String> keys = new LinkedHashMap<>();
    properties.stringPropertyNames().forEach(name -> keys.put(name, properties.getProperty(name)));
    return keys;
  }

  private static String describe(ServerSettings settings) {
    RemoteConnectionPolicy policy = settings.policy();
    String target =
        policy
            .baseUrl()
            .map(url -> "queries go to " + url)
            .orElse("connections without an API key query the embedded VirusTotal simulator");
    String keys =
        policy.hasDefaultKey()
            ? "users without their own key share the server-wide key"
            : "each user brings a key (connection property apiKey"
                + (settings.auth() == ServerSettings.AuthMode.NONE ? ")" : " or --user-keys)");
    return target + "; " + keys + "; auth " + settings.auth().name().toLowerCase(Locale.ROOT);
  }
}
