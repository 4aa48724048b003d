package io.vtsql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.Tier;
import io.vtsql.simulator.VtSimulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code vtsql serve} refuses to listen open on a non-loopback address, enforces HTTP
 * authentication when configured, and gives each user their own VirusTotal key and cache.
 */
class ServerAuthTest {
  private static final String ALICE_KEY = "a".repeat(64);
  private static final String BOB_KEY = "b".repeat(64);
  private static final String CAROL_KEY = "c".repeat(64);

  @TempDir static Path folder;
  private static VtSimulator simulator;
  private static VtAvaticaServer server;
  private static String fileId;

  @BeforeAll
  static void start() throws Exception {
    simulator =
        VtSimulator.start(
            SimulatorConfig.builder()
                .port(0)
                .key(ALICE_KEY, Tier.PREMIUM)
                .key(BOB_KEY, Tier.PREMIUM)
                .key(CAROL_KEY, Tier.PREMIUM)
                .build());
    fileId = simulator.corpus().all("file").iterator().next().path("id").asText();
    Path realm = folder.resolve("realm.properties");
    Files.writeString(realm, "alice: alice-secret\nbob: bob-secret\ncarol: carol-secret\n");
    RemoteConnectionPolicy policy =
        new RemoteConnectionPolicy(
            Map.of("baseUrl", simulator.baseUrl(), "cache", "true"),
            Map.of("alice", ALICE_KEY, "bob", BOB_KEY),
            null);
    server = ServerFixture.start(policy, ServerSettings.AuthMode.BASIC, realm);
  }

  @AfterAll
  static void stop() {
    server.close();
    simulator.close();
  }

  @BeforeEach
  void resetCounters() {
    simulator.requests().reset();
  }

  private static Connection connect(String user, String password, Properties extra)
      throws SQLException {
    Properties properties = new Properties();
    properties.putAll(extra);
    properties.setProperty("authentication", "BASIC");
    properties.setProperty("avatica_user", user);
    properties.setProperty("avatica_password", password);
    return DriverManager.getConnection(server.jdbcUrl(), properties);
  }

  private static List<List<Object>> lookup(Connection connection) throws SQLException {
    return AvaticaServerTest.query(
        connection, "SELECT id, md5, malicious FROM files WHERE id = '" + fileId + "'");
  }

  @Test
  void refusesToListenOpenOnAPublicInterface() throws Exception {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new ServerSettings(
                    0,
                    InetAddress.getByName("0.0.0.0"),
                    ServerSettings.AuthMode.NONE,
                    Optional.empty(),
                    ServerFixture.towards("x"),
                    new ServerLimits(1, 1, 1, 1, 1),
                    Duration.ofMinutes(1),
                    Duration.ofMinutes(1)));
    assertTrue(
        e.getMessage().startsWith("refusing to listen on 0.0.0.0 without authentication"),
        e.getMessage());

    StringWriter err = new StringWriter();
    int exit =
        new CommandLine(new ServeCommand())
            .setErr(new PrintWriter(err))
            .execute("--bind", "0.0.0.0", "--port", "0");
    assertEquals(ServeCommand.EXIT_BAD_SETTINGS, exit);
    assertTrue(err.toString().contains("refusing to listen on 0.0.0.0"), err.toString());
  }

  @Test
  void rejectsAKeyOnTheCommandLine() {
    StringWriter err = new StringWriter();
    int exit =
        new CommandLine(new ServeCommand())
            .setErr(new PrintWriter(err))
            .execute("-P", "apiKey=" + ALICE_KEY);
    assertEquals(ServeCommand.EXIT_BAD_SETTINGS, exit);
    assertFalse(err.toString().contains(ALICE_KEY), "the key must not be echoed");
  }

  @Test
  void unauthenticatedClientsAreRejected() {
    assertThrows(
        Exception.class,
        () -> {
          try (Connection connection = DriverManager.getConnection(server.jdbcUrl())) {
            lookup(connection);
          }
        });
    assertThrows(
        Exception.class,
        () -> {
          try (Connection connection = connect("alice", "wrong", new Properties())) {
            lookup(connection);
          }
        });
    assertEquals(0, simulator.requests().total());
  }

  @Test
  void eachUserQueriesWithTheirOwnKeyAndCache() throws SQLException {
    List<List<Object>> aliceRows;
    try (Connection alice = connect("alice", "alice-secret", new Properties())) {
      aliceRows = lookup(alice);
      assertEquals(aliceRows, lookup(alice));
    }
    // Alice's second lookup came from her cache.
    assertEquals(Map.of("key-aaaa", 1L), simulator.requests().byKey());
    try (Connection bob = connect("bob", "bob-secret", new Properties())) {
      assertEquals(aliceRows, lookup(bob));
    }
    // Bob's lookup was not answered from Alice's cache: it cost a request on Bob's key.
    assertEquals(Map.of("key-aaaa", 1L, "key-bbbb", 1L), simulator.requests().byKey());
  }

  @Test
  void aClientMayBringItsOwnKey() throws SQLException {
    Properties apiKey = new Properties();
    apiKey.setProperty("apiKey", CAROL_KEY);
    try (Connection carol = connect("carol", "carol-secret", apiKey)) {
      assertEquals(1, lookup(carol).size());
    }
    assertEquals(Map.of("key-cccc", 1L), simulator.requests().byKey());
  }

  @Test
  void aUserWithoutAnyKeyIsTurnedAway() {
    // Avatica's remote driver reports a failed OpenConnection as an unchecked exception.
    Exception e =
        assertThrows(
            Exception.class,
            () -> {
              try (Connection carol = connect("carol", "carol-secret", new Properties())) {
                lookup(carol);
              }
            });
    assertTrue(e.getMessage().contains("no API key"), e.getMessage());
    assertEquals(0, simulator.requests().total());
  }
}
