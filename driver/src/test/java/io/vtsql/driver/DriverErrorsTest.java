package io.vtsql.driver;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** jdbc:vt: reports each kind of failure with the adapter's SQLState and a one-line message. */
class DriverErrorsTest {
  private static VtSimulator simulator;

  @BeforeAll static void start() throws Exception {
    simulator = VtSimulator.start(SimulatorConfig.builder().port(0).build());
  }

  @AfterAll static void stop() {
    simulator.close();
  }

  private static String url(String key) {
    return "jdbc:vt:baseUrl=" + simulator.baseUrl() + ";apiKey=" + key;
  }

  @Test void misspeltPropertyNamesIt() {
    SQLException e = assertThrows(SQLException.class,
        () -> DriverManager.getConnection(url(simulator.premiumKey()) + ";cacheTTL2=10m"));
    assertEquals("HY024", e.getSQLState());
    assertTrue(e.getMessage().contains("'cacheTTL2'") && e.getMessage().contains("cacheTtl"),
        e.getMessage());
  }

  @Test void wrongKeyIs28000() throws Exception {
    try (Connection c = DriverManager.getConnection(url("0".repeat(64)));
         Statement s = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class,
          () -> s.executeQuery("SELECT id FROM domains WHERE id = 'files-host.top'").next());
      assertEquals("28000", e.getSQLState());
      assertTrue(e.getMessage().contains("WrongCredentialsError (HTTP 401) on GET /domains/"),
          e.getMessage());
      assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }
  }

  @Test void publicKeyOnSearchIs42501() throws Exception {
    try (Connection c = DriverManager.getConnection(url(simulator.publicKey()));
         Statement s = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class,
          () -> s.executeQuery("SELECT id FROM files WHERE malicious > 10 LIMIT 5").next());
      assertEquals("42501", e.getSQLState());
      assertTrue(e.getMessage().contains("ForbiddenError (HTTP 403) on GET /intelligence/search"),
          e.getMessage());
    }
  }

  @Test void badSqlIs42000() throws Exception {
    try (Connection c = DriverManager.getConnection(url(simulator.premiumKey()));
         Statement s = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class,
          () -> s.executeQuery("SELEC id FROM files"));
      assertEquals("42000", e.getSQLState());
    }
  }

  @Test void aMisspeltTableOrColumnGetsTheClosestName() throws Exception {
    simulator.requests().reset();
    try (Connection c = DriverManager.getConnection(url(simulator.premiumKey()));
         Statement s = c.createStatement()) {
      SQLException table = assertThrows(SQLException.class,
          () -> s.executeQuery("SELECT id FROM fils WHERE id = 'x'"));
      assertEquals("42000", table.getSQLState());
      assertTrue(table.getMessage().endsWith("Object 'fils' not found (did you mean 'files'?)"),
          table.getMessage());
      SQLException column = assertThrows(SQLException.class,
          () -> s.executeQuery("SELECT malicous FROM files WHERE id = 'x'"));
      assertTrue(column.getMessage().endsWith("(did you mean 'malicious'?)"),
          column.getMessage());
      SQLException unlike = assertThrows(SQLException.class,
          () -> s.executeQuery("SELECT id FROM nothing_like_it WHERE id = 'x'"));
      assertTrue(!unlike.getMessage().contains("did you mean"), unlike.getMessage());
    }
    assertEquals(0, simulator.requests().total());
  }

  @Test void aReservedWordAsAColumnSaysHowToQuoteIt() throws Exception {
    try (Connection c = DriverManager.getConnection(url(simulator.premiumKey()));
         Statement s = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class,
          () -> s.executeQuery("SELECT date FROM file_comments WHERE file_id = 'x'"));
      assertEquals("42000", e.getSQLState());
      assertTrue(e.getMessage().endsWith("(date is a reserved word: quote it as \"date\")"),
          e.getMessage());
    }
  }
}
