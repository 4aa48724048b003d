package io.vtsql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** jdbc:vt: reports each kind of failure with the adapter's SQLState and a one-line message. */
class DriverErrorsTest {
  private static VtSimulator simulator;

  @BeforeAll
  static void start() throws Exception {
    simulator = VtSimulator.start(SimulatorConfig.builder().port(0).build());
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  private static String url(String key) {
    return "jdbc:vt:baseUrl=" + simulator.baseUrl() + ";apiKey=" + key;
  }

  @Test
  void misspeltPropertyNamesIt() {
    SQLException e =
        assertThrows(
            SQLException.class,
            () -> DriverManager.getConnection(url(simulator.premiumKey()) + ";cacheTTL2=10m"));
    assertEquals("HY024", e.getSQLState());
    assertTrue(
        e.getMessage().contains("'cacheTTL2'") && e.getMessage().contains("cacheTtl"),
        e.getMessage());
  }

  @Test
  void wrongKeyIs28000() throws Exception {
    try (Connection c = DriverManager.getConnection(url("0".repeat(64)));
        Statement s = c.createStatement()) {
      SQLException e =
          assertThrows(
              SQLException.class,
              () -> s.executeQuery("SELECT id FROM domains WHERE id = 'files-host.top'").next());
      assertEquals("28000", e.getSQLState());
      assertTrue(
          e.getMessage().contains("WrongCredentialsError (HTTP 401) on GET /domains/"),
          e.getMessage());
      assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }
  }

  @Test
  void publicKeyOnSearchIs42501() throws Exception {
    try (Connection c = DriverManager.getConnection(url(simulator.publicKey()));
        Statement s = c.createStatement()) {
      SQLException e =
          assertThrows(
              SQLException.class,
              () -> s.executeQuery("SELECT id FROM files WHERE malicious > 10 LIMIT 5").next());
      assertEquals("42501", e.getSQLState());
      assertTrue(
          e.getMessage().contains("ForbiddenError (HTTP 403) on GET /intelligence/search"),
          e.getMessage());
    }
  }

  @Test
  void badSqlIs42000() throws Exception {
    try (Connection c = DriverManager.getConnection(url(simulator.premiumKey()));
        Statement s = c.createStatement()) {
      SQLException e =
          assertThrows(SQLException.class, () -> s.executeQuery("SELEC id FROM files"));
      assertEquals("42000", e.getSQLState());
    }
  }

  @Test
  void aMisspeltTableOrColumnGetsTheClosestName() throws Exception {
    simulator.requests().reset();
    try (Connection c = DriverManager.getConnection(url(simulator.premiumKey()));
        Statement s = c.createStatement()) {
      SQLException table =
          assertThrows(
              SQLException.class, () -> s.executeQuery("SELECT id FROM fils WHERE id = 'x'"));
      assertEquals("42000", table.getSQLState());
      assertTrue(
          table.getMessage().endsWith("Object 'fils' not found (did you mean 'files'?)"),
          table.getMessage());
      SQLException column =
          assertThrows(
              SQLException.class,
              () -> s.executeQuery("SELECT malicous FROM files WHERE id = 'x'"));
      assertTrue(column.getMessage().endsWith("(did you mean 'malicious'?)"), column.getMessage());
      SQLException unlike =
          assertThrows(
              SQLException.class,
              () -> s.executeQuery("SELECT id FROM nothing_like_it WHERE id = 'x'"));
      assertTrue(!unlike.getMessage().contains("did you mean"), unlike.getMessage());
    }
    assertEquals(0, simulator.requests().total());
  }

  @Test
  void aReservedWordAsAColumnSaysHowToQuoteIt() throws Exception {
    try (Connection c = DriverManager.getConnection(url(simulator.premiumKey()));
        Statement s = c.createStatement()) {
      SQLException e =
          assertThrows(
              SQLException.class,
              () -> s.executeQuery("SELECT date FROM file_comments WHERE file_id = 'x'"));
      assertEquals("42000", e.getSQLState());
      assertTrue(
          e.getMessage().endsWith("(date is a reserved word: quote it as \"date\")"),
          e.getMessage());
    }
  }

  /**
   * A value SQL cannot compute is a data exception, whether Calcite computes it once for the
   * statement (a constant) or per row; the same statement fails the same way when repeated.
   */
  @Test
  void valuesThatCannotBeComputedAreDataExceptions() throws Exception {
    String id = simulator.corpus().all("file").iterator().next().path("id").asText();
    String row = " FROM files WHERE id = '" + id + "'";
    try (Connection c = DriverManager.getConnection(url(simulator.premiumKey()));
        Statement s = c.createStatement()) {
      for (String[] probe :
          new String[][] {
            {"SELECT 1 / 0", "22012", "Division by zero"},
            {"SELECT 1 / 0", "22012", "Division by zero"},
            {"SELECT malicious / 0" + row, "22012", "Division by zero"},
            {"SELECT id" + row + " AND MOD(malicious, 0) = 1", "22012", "Division by zero"},
            {"SELECT 1.0 / 0", "22012", "Division by zero"},
            {
              "SELECT CAST('abc' AS INTEGER)",
              "22018",
              "Invalid character value for cast to a number: 'abc'"
            },
            {
              "SELECT CAST(md5 AS INTEGER)" + row,
              "22018",
              "Invalid character value for cast to a number: '"
            },
            {"SELECT CAST(300 AS TINYINT)", "22003", "Numeric value out of range: Value 300"},
            {
              "SELECT CAST(malicious + 1000 AS TINYINT)" + row,
              "22003",
              "Numeric value out of range: Value "
            },
            {"SELECT CAST('x' AS DATE)", "22000", "Invalid DATE value, 'x'"},
            {
              "SELECT SUBSTRING(id FROM 1 FOR -1)" + row,
              "22000",
              "Substring error: negative substring length"
            },
            {
              "SELECT JSON_VALUE('x', 'strict $.a' ERROR ON ERROR)",
              "22000",
              "Unrecognized token 'x'"
            },
            {
              "SELECT JSON_VALUE(md5, 'strict $.a' ERROR ON ERROR)" + row,
              "22000",
              "Unrecognized token '"
            }
          }) {
        SQLException e =
            assertThrows(
                SQLException.class,
                () -> {
                  try (ResultSet rows = s.executeQuery(probe[0])) {
                    while (rows.next()) {
                      rows.getObject(1);
                    }
                  }
                },
                probe[0]);
        assertEquals(probe[1], e.getSQLState(), probe[0] + ": " + e.getMessage());
        assertTrue(e.getMessage().startsWith(probe[2]), probe[0] + ": " + e.getMessage());
        assertFalse(
            e.getMessage().contains("\n")
                || e.getMessage().contains("Exception")
                || e.getMessage().contains("java."),
            probe[0] + ": " + e.getMessage());
      }
    }
  }
}
