package io.vtsql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.Tier;
import io.vtsql.simulator.VtSimulator;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.calcite.avatica.AvaticaClientRuntimeException;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.AvaticaStatement;
import org.apache.calcite.avatica.ConnectionConfigImpl;
import org.apache.calcite.avatica.remote.AvaticaHttpClientFactoryImpl;
import org.apache.calcite.avatica.remote.ProtobufTranslationImpl;
import org.apache.calcite.avatica.remote.RemoteProtobufService;
import org.apache.calcite.avatica.remote.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a shared {@code vtsql serve}, a connection or statement id is usable only by the user who
 * opened it, each user's connections and statements are bounded without pushing out anyone else's,
 * and an oversized request body is refused before it is read.
 */
class ServerIsolationTest {
  private static final String ALICE_KEY = "a".repeat(64);
  private static final String BOB_KEY = "b".repeat(64);

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
                .build());
    fileId = simulator.corpus().all("file").iterator().next().path("id").asText();
    Path realm = folder.resolve("realm.properties");
    Files.writeString(realm, "alice: alice-secret\nbob: bob-secret\ncarol: carol-secret\n");
    RemoteConnectionPolicy policy =
        new RemoteConnectionPolicy(
            Map.of("baseUrl", simulator.baseUrl(), "cache", "false"),
            Map.of("alice", ALICE_KEY, "bob", BOB_KEY, "carol", BOB_KEY),
            null);
    server =
        ServerFixture.start(
            policy,
            ServerSettings.AuthMode.BASIC,
            realm,
            new ServerLimits(5, 2, 100, 3, 64 * 1024));
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

  private static Properties credentials(String user) {
    Properties properties = new Properties();
    properties.setProperty("authentication", "BASIC");
    properties.setProperty("avatica_user", user);
    properties.setProperty("avatica_password", user + "-secret");
    return properties;
  }

  private static Connection connect(String user) throws SQLException {
    return DriverManager.getConnection(server.jdbcUrl(), credentials(user));
  }

  /** Avatica's wire protocol as {@code user}, to send requests naming any ids. */
  private static Service wire(String user) throws Exception {
    Properties properties = credentials(user);
    properties.setProperty("url", server.url());
    properties.setProperty("serialization", "protobuf");
    ConnectionConfigImpl config = new ConnectionConfigImpl(properties);
    return new RemoteProtobufService(
        AvaticaHttpClientFactoryImpl.getInstance()
            .getClient(URI.create(server.url()).toURL(), config, null),
        new ProtobufTranslationImpl());
  }

  private static int lookup(Connection connection) throws SQLException {
    return AvaticaServerTest.query(connection, "SELECT id FROM files WHERE id = '" + fileId + "'")
        .size();
  }

  private static void refused(String state, String inMessage, Executable call) {
    AvaticaClientRuntimeException e = assertThrows(AvaticaClientRuntimeException.class, call);
    assertEquals(state, e.getSqlState(), e.getMessage());
    assertTrue(e.getMessage().contains(inMessage), e.getMessage());
  }

  @Test
  void anotherUsersConnectionAndStatementIdsAreUseless() throws Exception {
    try (Connection alice = connect("alice");
        Connection bob = connect("bob");
        Statement aliceStatement = alice.createStatement()) {
      String aliceId = ((AvaticaConnection) alice).id;
      int statementId = ((AvaticaStatement) aliceStatement).getId();
      String sql = "SELECT id FROM files WHERE id = '" + fileId + "'";
      Service bobWire = wire("bob");
      refused(
          "08003",
          "no open connection " + aliceId + " of user bob",
          () -> bobWire.apply(new Service.PrepareAndExecuteRequest(aliceId, statementId, sql, -1)));
      refused(
          "08003", "of user bob", () -> bobWire.apply(new Service.CreateStatementRequest(aliceId)));
      refused(
          "08003", "of user bob", () -> bobWire.apply(new Service.CloseConnectionRequest(aliceId)));
      // Bob's own connection id with Alice's statement id does not reach her statement either.
      String bobId = ((AvaticaConnection) bob).id;
      refused(
          "26000",
          "no statement " + statementId,
          () -> bobWire.apply(new Service.PrepareAndExecuteRequest(bobId, statementId, sql, -1)));
      assertEquals(0, simulator.requests().total(), "nothing ran on anyone's key");
      // An id nobody holds (closed or expired) is Avatica's business, as without owners.
      bobWire.apply(new Service.CloseConnectionRequest("no-such-connection"));
      // Alice's connection is open and works, on her key.
      assertEquals(1, lookup(alice));
      assertEquals(Map.of("key-aaaa", 1L), simulator.requests().byKey());
    }
  }

  @Test
  void usersOfTheServerWideKeySeeOnlyTheirOwnRequests() throws Exception {
    Path realm = folder.resolve("realm.properties");
    Map<String, String> operator = Map.of("baseUrl", simulator.baseUrl());
    VtAvaticaServer shared =
        ServerFixture.start(
            new RemoteConnectionPolicy(operator, Map.of(), ALICE_KEY),
            ServerSettings.AuthMode.BASIC,
            realm);
    List<String> ids = new ArrayList<>();
    simulator.corpus().all("file").forEach(file -> ids.add(file.path("id").asText()));
    try (Connection alice = DriverManager.getConnection(shared.jdbcUrl(), credentials("alice"));
        Connection bob = DriverManager.getConnection(shared.jdbcUrl(), credentials("bob"))) {
      AvaticaServerTest.query(alice, "SELECT id FROM files WHERE id = '" + ids.get(0) + "'");
      AvaticaServerTest.query(bob, "SELECT id FROM files WHERE id = '" + ids.get(1) + "'");
      String requests = "SELECT path FROM vt_meta.requests";
      assertEquals(
          List.of(List.of("/files/" + ids.get(0))), AvaticaServerTest.query(alice, requests));
      assertEquals(
          List.of(List.of("/files/" + ids.get(1))), AvaticaServerTest.query(bob, requests));
    } finally {
      shared.close();
    }
    assertEquals(Map.of("key-aaaa", 2L), simulator.requests().byKey(), "both on the shared key");
  }

  @Test
  void perUserLimitsRefuseClearlyAndNeverEvictAnotherUser() throws Exception {
    List<Connection> open = new ArrayList<>();
    try {
      Connection alice1 = connect("alice");
      open.add(alice1);
      assertEquals(1, lookup(alice1));
      open.add(connect("alice"));
      refused(
          "08004",
          "user alice already has 2 open connections",
          () -> {
            Connection third = connect("alice");
            open.add(third);
            lookup(third);
          });
      open.add(connect("bob"));
      open.add(connect("bob"));
      open.add(connect("carol"));
      // Five open: the server's limit. Nobody was pushed out to make room.
      refused(
          "08004",
          "the server has 5 open connections",
          () -> {
            Connection sixth = connect("carol");
            open.add(sixth);
            lookup(sixth);
          });
      assertEquals(1, lookup(alice1), "Alice's first connection is still open");
    } finally {
      for (Connection connection : open) {
        connection.close();
      }
    }
    // Closed connections free their places.
    try (Connection again = connect("alice")) {
      assertEquals(1, lookup(again));
    }
  }

  @Test
  void perUserStatementLimit() throws Exception {
    try (Connection alice = connect("alice")) {
      List<Statement> statements = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        statements.add(alice.createStatement());
      }
      // Avatica's remote driver reports a failed CreateStatement as an unchecked exception.
      refused("HY014", "user alice already has 3 open statements", alice::createStatement);
      statements.get(0).close();
      try (Statement another = alice.createStatement()) {
        assertTrue(another.execute("SELECT 1"));
      }
    }
  }

  @Test
  void oversizedAndUnsizedBodiesAreRefusedAndTheServerServesOn() throws Exception {
    String basic =
        java.util.Base64.getEncoder()
            .encodeToString("alice:alice-secret".getBytes(StandardCharsets.UTF_8));
    assertEquals(413, status("Content-Length: 400000000\r\n", basic));
    assertEquals(411, status("Transfer-Encoding: chunked\r\n", basic));
    try (Connection alice = connect("alice")) {
      assertEquals(1, lookup(alice));
    }
  }

  /** Sends a POST with the given body headers and a few bytes of body; the status it gets. */
  private static int status(String bodyHeaders, String basic) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic "
                  + basic
                  + "\r\n"
                  + "Content-Type: application/octet-stream\r\n"
                  + bodyHeaders
                  + "\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(new byte[1024]);
      out.flush();
      InputStream in = socket.getInputStream();
      String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      return Integer.parseInt(statusLine.substring(9, 12));
    }
  }
}
