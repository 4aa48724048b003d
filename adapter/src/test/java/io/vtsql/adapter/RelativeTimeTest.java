package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A date column compared with a relative time ({@code CURRENT_TIMESTAMP - INTERVAL ...}, {@code
 * CURRENT_DATE}, {@code LOCALTIMESTAMP}, {@code TIMESTAMPADD}) is pushed as a search term computed
 * at execution, not refused as unbounded, and gives the rows of a local scan.
 */
class RelativeTimeTest {
  private static VtSimulator sim;
  private static Connection pushed;
  private static Connection local;

  @BeforeAll
  static void start() throws Exception {
    // a small corpus: the local scans page through every file
    sim = VtSimulator.start(SimulatorConfig.builder().scale(300).build());
    pushed = VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of("cache", "false"));
    local =
        VtConnections.open(
            sim.baseUrl(), sim.premiumKey(), Map.of("cache", "false", "pushdown", "false"));
  }

  @AfterAll
  static void stop() throws SQLException {
    pushed.close();
    local.close();
    sim.close();
  }

  @Test
  void relativeBoundsArePushedAndExact() throws Exception {
    for (String where :
        List.of(
            "first_submission_date > CURRENT_TIMESTAMP - INTERVAL '3' YEAR",
            "first_submission_date >= CURRENT_DATE - INTERVAL '1000' DAY",
            "first_submission_date > TIMESTAMPADD(MONTH, -30, CURRENT_TIMESTAMP)",
            "last_submission_date < LOCALTIMESTAMP - INTERVAL '1' HOUR"
                + " AND first_submission_date > CURRENT_TIMESTAMP - INTERVAL '40' MONTH")) {
      final String sql = "SELECT id FROM files WHERE " + where + " ORDER BY id";
      assertTrue(VtConnections.explain(pushed, sql).contains("fs:>"), sql);
      final List<List<Object>> expected = VtConnections.rows(local, sql);
      sim.requests().reset();
      assertEquals(expected, VtConnections.rows(pushed, sql), sql);
      assertTrue(SimulatorQueryTest.settled(() -> sim.requests().total(), 1) >= 1);
      final String sent =
          URLDecoder.decode(sim.requests().records().get(0).query(), StandardCharsets.UTF_8);
      assertTrue(sent.matches(".*fs:\\d{4}-.*"), sql + " sent " + sent);
    }
  }
}
