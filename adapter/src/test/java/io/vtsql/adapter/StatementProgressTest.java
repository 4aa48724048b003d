package io.vtsql.adapter;

import static io.vtsql.adapter.VtConnections.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code vt_meta.statements}: each recent statement's own requests and rows, even mid-run. */
class StatementProgressTest {
  private static final String STATEMENTS =
      "select requests_sent, rows_read, max_requests from vt_meta.statements";
  private static VtSimulator sim;

  @BeforeAll
  static void start() throws IOException {
    sim = VtSimulator.start(SimulatorConfig.builder().scale(200).build());
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @Test
  void eachStatementCountsItsOwnRequestsAndRowsNewestFirst() throws SQLException {
    try (Connection c = VtConnections.open(sim.baseUrl(), sim.premiumKey(), true, 50)) {
      assertEquals(List.of(), rows(c, STATEMENTS), "nothing ran yet; reading it sends nothing");
      rows(c, "select id from files where type_tag = 'peexe' limit 3");
      rows(c, "select id from domains where id in ('a.example', 'b.example', 'c.example')");
      final List<List<Object>> recent = rows(c, STATEMENTS);
      assertEquals(2, recent.size(), recent.toString());
      assertEquals(List.of(3, 0L, 50), recent.get(0), "newest: three lookups of unknown domains");
      assertEquals(1, recent.get(1).get(0), "one search page");
      assertTrue((Long) recent.get(1).get(1) >= 3, "the rows the search produced: " + recent);
    }
  }

  @Test
  void aRunningStatementShowsHowFarItGot() throws SQLException {
    try (Connection c = VtConnections.open(sim.baseUrl(), sim.premiumKey(), true, 50);
        Statement running = c.createStatement();
        ResultSet rs = running.executeQuery("select id from files where size > 0")) {
      for (int i = 0; i < 5; i++) {
        assertTrue(rs.next());
      }
      final List<List<Object>> now = rows(c, STATEMENTS);
      assertEquals(1, now.size(), now.toString());
      assertEquals(1, now.get(0).get(0), "one page read so far");
      assertTrue((Long) now.get(0).get(1) >= 5, now.toString());
    }
  }
}
