package io.vtsql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code vtsql serve} settings from the command line, and a clean stop. */
class ServerLifecycleTest {
  @Test
  void stopClosesConnectionsAndFreesThePort() throws Exception {
    try (VtSimulator simulator = VtSimulator.start(SimulatorConfig.builder().port(0).build())) {
      VtAvaticaServer server =
          ServerFixture.start(
              new RemoteConnectionPolicy(
                  Map.of("baseUrl", simulator.baseUrl()), Map.of(), simulator.premiumKey()));
      int port = server.port();
      String id = simulator.corpus().all("file").iterator().next().path("id").asText();
      // Not closed: once the server is gone, closing it fails too.
      Connection remote = DriverManager.getConnection(server.jdbcUrl());
      assertEquals(
          1,
          AvaticaServerTest.query(remote, "SELECT id FROM files WHERE id = '" + id + "'").size());
      server.close();
      assertThrows(
          Exception.class,
          () -> AvaticaServerTest.query(remote, "SELECT id FROM files WHERE id = '" + id + "'"));
      assertFalse(listening(port), "port " + port + " still open");
    }
  }

  @Test
  void theOperatorsKeyIsSharedOnlyWhenAskedFor() throws Exception {
    Map<String, String> env = Map.of("VT_API_KEY", "k".repeat(64));
    ServeCommand plain = parse("--port", "0");
    assertFalse(plain.settings(env).policy().hasDefaultKey());
    ServeCommand sharing = parse("--port", "0", "--default-key-env", "VT_API_KEY");
    assertTrue(sharing.settings(env).policy().hasDefaultKey());
    ServeCommand missing = parse("--default-key-env", "NO_SUCH_VARIABLE");
    assertThrows(IllegalArgumentException.class, () -> missing.settings(env));
  }

  @Test
  void userKeysNeedAuthentication() throws Exception {
    StringWriter err = new StringWriter();
    Path keys = Files.createTempFile("keys", ".properties");
    try {
      Files.writeString(keys, "alice=" + "a".repeat(64) + "\n");
      int exit =
          new CommandLine(new ServeCommand())
              .setErr(new PrintWriter(err))
              .execute("--port", "0", "--user-keys", keys.toString());
      assertEquals(ServeCommand.EXIT_BAD_SETTINGS, exit);
      assertTrue(err.toString().contains("--user-keys needs --auth"), err.toString());
    } finally {
      Files.delete(keys);
    }
  }

  private static ServeCommand parse(String... args) {
    ServeCommand command = new ServeCommand();
    new CommandLine(command).parseArgs(args);
    return command;
  }

  private static boolean listening(int port) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      return socket.isConnected();
    } catch (IOException e) {
      return false;
    }
  }
}
