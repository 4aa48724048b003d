package io.vtsql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import io.vtsql.simulator.faults.FaultKind;
import io.vtsql.simulator.faults.FaultSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.calcite.avatica.AvaticaClientRuntimeException;
import org.apache.calcite.avatica.AvaticaSqlException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Over Avatica, a failure reaches the remote client with the SQLState, error code and one-line
 * message the local driver gives for the same statement: every SQLState of the mapping
 * (docs/caching-quota-errors.md), without nested "Remote driver error" text or the server's stack
 * trace.
 */
class RemoteErrorsTest {
  /** The operator's settings, given to local connections too: fail fast, never cache. */
  private static final Map<String, String> SETTINGS =
      Map.of("cache", "off", "retryBaseDelay", "5ms", "maxAttempts", "2");

  private static VtSimulator simulator;
  private static VtAvaticaServer server;
  private static VtAvaticaServer unreachable;
  private static String fileId;
  private static String otherFileId;

  @BeforeAll
  static void start() throws Exception {
    simulator = VtSimulator.start(SimulatorConfig.builder().port(0).build());
    Iterator<ObjectNode> files = simulator.corpus().all("file").iterator();
    fileId = files.next().path("id").asText();
    otherFileId = files.next().path("id").asText();
    Map<String, String> operator = new LinkedHashMap<>(SETTINGS);
    operator.put("baseUrl", simulator.baseUrl());
    server =
        ServerFixture.start(new RemoteConnectionPolicy(operator, Map.of(), simulator.premiumKey()));
    Map<String, String> nowhere = new LinkedHashMap<>(SETTINGS);
    nowhere.put("baseUrl", "http://127.0.0.1:9/api/v3");
    unreachable =
        ServerFixture.start(new RemoteConnectionPolicy(nowhere, Map.of(), simulator.premiumKey()));
  }

  @AfterAll
  static void stop() {
    unreachable.close();
    server.close();
    simulator.close();
  }

  @AfterEach
  void noFaults() {
    simulator.faults().clear();
  }

  private String lookup() {
    return "SELECT id, size FROM files WHERE id = '" + fileId + "'";
  }

  @Test
  void everySqlStateTravelsWithItsMessage() throws Exception {
    same("42000", simulator.premiumKey(), Map.of(), "SELEC id FROM files");
    same("42000", simulator.premiumKey(), Map.of(), "SELECT * FROM files");
    same("28000", "f".repeat(64), Map.of(), lookup());
    same("42501", simulator.publicKey(), Map.of(), "SELECT id FROM files WHERE size > 10 LIMIT 3");
    same(
        "54000",
        simulator.premiumKey(),
        Map.of("maxRequests", "2"),
        "SELECT id FROM files WHERE id IN ('"
            + "a".repeat(64)
            + "', '"
            + "b".repeat(64)
            + "', '"
            + "c".repeat(64)
            + "')");
    same(
        "HY000",
        simulator.premiumKey(),
        Map.of(),
        "SELECT (SELECT size FROM files WHERE id IN ('" + fileId + "', '" + otherFileId + "'))");
    same("22012", simulator.premiumKey(), Map.of(), "SELECT 1 / 0");
    same(
        "22012",
        simulator.premiumKey(),
        Map.of(),
        "SELECT malicious / 0 FROM files WHERE id = '" + fileId + "'");
    same("22003", simulator.premiumKey(), Map.of(), "SELECT CAST(300 AS TINYINT)");
    same(
        "22018",
        simulator.premiumKey(),
        Map.of(),
        "SELECT CAST(md5 AS INTEGER) FROM files WHERE id = '" + fileId + "'");
    same("22000", simulator.premiumKey(), Map.of(), "SELECT CAST('x' AS DATE)");
    same(
        "22000",
        simulator.premiumKey(),
        Map.of(),
        "SELECT JSON_VALUE(md5, 'strict $.a' ERROR ON ERROR) FROM files WHERE id = '"
            + fileId
            + "'");
    Map<FaultKind, String> faults = new LinkedHashMap<>();
    faults.put(FaultKind.QUOTA_EXCEEDED, "53400");
    faults.put(FaultKind.TRANSIENT, "58000");
    faults.put(FaultKind.HTML_200, "22000");
    faults.put(FaultKind.RESET, "08006");
    for (Map.Entry<FaultKind, String> fault : faults.entrySet()) {
      simulator
          .faults()
          .configure(new FaultSettings(0, 0, Map.of(fault.getKey(), 1.0), null, 5, 1));
      same(fault.getValue(), simulator.premiumKey(), Map.of(), lookup());
    }
  }

  /**
   * Avatica's remote driver reports a failed fetch from {@code ResultSet.next()} as an unchecked
   * {@link AvaticaClientRuntimeException} (its limitation); it still carries the local state and
   * message.
   */
  @Test
  void aLaterPagesFailureTravelsFromNext() throws Exception {
    String sql = "SELECT id FROM files WHERE size > 0";
    Exception local =
        laterPageFailure(
            DriverManager.getConnection(
                "jdbc:vt:", localProperties(simulator.premiumKey(), Map.of())),
            sql);
    Properties remote = new Properties();
    remote.setProperty("apiKey", simulator.premiumKey());
    Exception fromServer =
        laterPageFailure(DriverManager.getConnection(server.jdbcUrl(), remote), sql);
    SQLException expected = (SQLException) local;
    AvaticaClientRuntimeException actual = (AvaticaClientRuntimeException) fromServer;
    assertEquals("58000", expected.getSQLState(), expected.getMessage());
    assertEquals(expected.getSQLState(), actual.getSqlState(), actual.getMessage());
    assertEquals(expected.getErrorCode(), actual.getErrorCode());
    assertEquals(
        SqlErrors.coreMessage(expected.getMessage(), sql),
        SqlErrors.coreMessage(actual.getMessage(), sql));
    assertFalse(
        String.join("", actual.getServerExceptions()).contains("\tat "),
        actual.getServerExceptions().toString());
  }

  /** Reads the first row, then makes VirusTotal fail and reads on until the next page. */
  private static Exception laterPageFailure(Connection connection, String sql) throws SQLException {
    try (connection;
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      assertTrue(rows.next());
      simulator
          .faults()
          .configure(new FaultSettings(0, 0, Map.of(FaultKind.DEADLINE_EXCEEDED, 1.0), null, 5, 1));
      try {
        return assertThrows(
            Exception.class,
            () -> {
              while (rows.next()) {
                rows.getObject(1);
              }
            });
      } finally {
        simulator.faults().clear();
      }
    }
  }

  @Test
  void unreachableVirusTotalIs08001() throws Exception {
    Properties local = localProperties(simulator.premiumKey(), Map.of());
    local.setProperty("baseUrl", "http://127.0.0.1:9/api/v3");
    SQLException expected = failure(DriverManager.getConnection("jdbc:vt:", local), lookup());
    SQLException actual = failure(DriverManager.getConnection(unreachable.jdbcUrl()), lookup());
    compare("08001", expected, actual, lookup());
  }

  @Test
  void aBadPropertyFailsTheConnectionAsLocally() {
    SQLException expected =
        assertThrows(
            SQLException.class,
            () ->
                DriverManager.getConnection(
                    "jdbc:vt:",
                    localProperties(simulator.premiumKey(), Map.of("maxRequests", "lots"))));
    Properties remote = new Properties();
    remote.setProperty("maxRequests", "lots");
    // Avatica's remote driver reports a failed OpenConnection as an unchecked exception.
    AvaticaClientRuntimeException actual =
        assertThrows(
            AvaticaClientRuntimeException.class,
            () -> DriverManager.getConnection(server.jdbcUrl(), remote).createStatement());
    assertEquals("HY024", expected.getSQLState(), expected.getMessage());
    assertEquals(expected.getSQLState(), actual.getSqlState());
    assertTrue(actual.getMessage().contains(expected.getMessage()), actual.getMessage());
    assertFalse(
        String.join("", actual.getServerExceptions()).contains("\tat "),
        actual.getServerExceptions().toString());
  }

  private void same(String state, String key, Map<String, String> clientProperties, String sql)
      throws SQLException {
    SQLException expected =
        failure(
            DriverManager.getConnection("jdbc:vt:", localProperties(key, clientProperties)), sql);
    Properties remote = new Properties();
    remote.putAll(clientProperties);
    remote.setProperty("apiKey", key);
    SQLException actual = failure(DriverManager.getConnection(server.jdbcUrl(), remote), sql);
    compare(state, expected, actual, sql);
  }

  private static Properties localProperties(String key, Map<String, String> clientProperties) {
    Properties local = new Properties();
    local.putAll(SETTINGS);
    local.putAll(clientProperties);
    local.setProperty("baseUrl", simulator.baseUrl());
    local.setProperty("apiKey", key);
    return local;
  }

  private static void compare(
      String state, SQLException expected, SQLException actual, String sql) {
    assertEquals(state, expected.getSQLState(), sql + ": " + expected.getMessage());
    assertEquals(expected.getSQLState(), actual.getSQLState(), sql + ": " + actual.getMessage());
    assertEquals(expected.getErrorCode(), actual.getErrorCode(), sql);
    assertEquals(
        SqlErrors.coreMessage(expected.getMessage(), sql),
        SqlErrors.coreMessage(actual.getMessage(), sql),
        sql);
    assertFalse(actual.getMessage().contains("\n"), actual.getMessage());
    // Avatica's remote driver says "Remote driver error: " once; nothing of the server's nesting.
    assertEquals(
        actual.getMessage().indexOf("Remote driver error"),
        actual.getMessage().lastIndexOf("Remote driver error"),
        actual.getMessage());
    assertFalse(actual.getMessage().contains("RuntimeException"), actual.getMessage());
    AvaticaSqlException avatica = (AvaticaSqlException) actual;
    assertNotNull(avatica.getStackTraces());
    assertFalse(
        String.join("", avatica.getStackTraces()).contains("\tat "),
        avatica.getStackTraces().toString());
  }

  /** Runs a statement that must fail (while executing or while reading rows) and closes. */
  private static SQLException failure(Connection connection, String sql) throws SQLException {
    try (connection;
        Statement statement = connection.createStatement()) {
      return assertThrows(
          SQLException.class,
          () -> {
            try (ResultSet rows = statement.executeQuery(sql)) {
              while (rows.next()) {
                rows.getObject(1);
              }
            }
          },
          sql);
    }
  }
}
