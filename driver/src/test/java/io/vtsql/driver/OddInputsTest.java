package io.vtsql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Inputs that used to fail with SQL-engine internals either work (text in any script) or fail with
 * a one-line message and the right SQLState (writes, MEMBER OF, untyped parameters).
 */
class OddInputsTest {
  private static VtSimulator simulator;
  private static Connection connection;
  private static String fileId;

  @BeforeAll
  static void start() throws Exception {
    simulator = VtSimulator.start(SimulatorConfig.builder().scale(50).build());
    connection =
        DriverManager.getConnection(
            "jdbc:vt:baseUrl=" + simulator.baseUrl() + ";apiKey=" + simulator.premiumKey());
    fileId = simulator.corpus().ids("file").get(0);
  }

  @AfterAll
  static void stop() throws SQLException {
    connection.close();
    simulator.close();
  }

  @Test
  void textInAnyScriptIsAValue() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery("select id, 'ü日本' as t from files where id = '" + fileId + "'")) {
      assertTrue(rs.next());
      assertEquals("ü日本", rs.getString("t"));
    }
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("select id from domains where registrar = 'ü日本' limit 3")) {
      assertFalse(rs.next(), "no such registrar, and no error");
    }
    try (PreparedStatement ps =
            connection.prepareStatement("select id from domains where id = 'ü日本.com'");
        ResultSet rs = ps.executeQuery()) {
      assertFalse(rs.next());
    }
  }

  @Test
  void writesToReadOnlyTablesNameTheTable() throws SQLException {
    for (String sql :
        List.of(
            "insert into files (id) values ('x')",
            "update files set size = 1 where id = 'x'",
            "delete from files where id = 'x'")) {
      final String verb = sql.substring(0, sql.indexOf(' ')).toUpperCase(java.util.Locale.ROOT);
      assertFails(
          "42000",
          "vt.files is read-only: "
              + verb
              + " is not supported on it (see docs/writes.md for the tables that take writes)",
          () -> connection.prepareStatement(sql));
    }
    assertFails(
        "42000",
        "MERGE is not supported; use INSERT, UPDATE or DELETE",
        () ->
            connection.prepareStatement(
                "merge into files f using (values ('x')) v(id) on f.id = v.id"
                    + " when matched then update set size = 1"));
    try (Statement s = connection.createStatement()) {
      assertFails(
          "42000",
          "vt.files is read-only: DELETE is not supported on it (see docs/writes.md for the"
              + " tables that take writes)",
          () -> s.executeUpdate("delete from files where id = 'x'"));
    }
  }

  @Test
  void memberOfSaysWhatToUseInstead() throws SQLException {
    final String sql =
        "select id from files where id = '" + fileId + "' and 'peexe' MEMBER OF tags";
    assertFails(
        "0A000",
        "MEMBER OF is not supported; test array membership with" + " ARRAY_CONTAINS(array, value)",
        () -> connection.prepareStatement(sql));
    try (Statement s = connection.createStatement()) {
      assertFails("0A000", "MEMBER OF is not supported", () -> s.executeQuery(sql));
    }
  }

  @Test
  void anUntypedParameterSaysHowToTypeIt() throws SQLException {
    assertFails(
        "42000",
        "Illegal use of dynamic parameter (its type cannot be inferred here:"
            + " write CAST(? AS VARCHAR)",
        () ->
            connection.prepareStatement(
                "select id from files where id = ? and ARRAY_CONTAINS(tags, ?)"));
    try (PreparedStatement ps =
        connection.prepareStatement(
            "select id from files where id = ?"
                + " and ARRAY_CONTAINS(tags, CAST(? AS VARCHAR))")) {
      ps.setString(1, fileId);
      ps.setString(2, "no-such-tag");
      try (ResultSet rs = ps.executeQuery()) {
        assertFalse(rs.next());
      }
    }
  }

  private static void assertFails(
      String state, String message, org.junit.jupiter.api.function.Executable run) {
    final SQLException e = assertThrows(SQLException.class, run);
    assertEquals(state, e.getSQLState(), e.getMessage());
    assertTrue(
        e.getMessage().startsWith(message) || e.getMessage().contains(": " + message),
        e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }
}
