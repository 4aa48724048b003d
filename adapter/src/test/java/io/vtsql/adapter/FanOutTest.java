package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.adapter.table.VtSchema;
import io.vtsql.adapter.table.VtTable;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import io.vtsql.simulator.faults.FaultSettings;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.calcite.jdbc.CalciteConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Per-parent calls run in parallel, bounded by {@code fanOut}: with 100 ms of simulated latency, 40
 * parents take far less than 40 sequential calls and no less than 40 / fanOut rounds.
 */
class FanOutTest {
  private static final int PARENTS = 40;
  private static final int FAN_OUT = 8;
  private static final long LATENCY_MS = 100;

  private static VtSimulator sim;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().build());
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @Test
  void fortyParentsAtOneHundredMillisecondsRunInParallel() throws Exception {
    final List<String> files = sim.corpus().ids("file").subList(100, 100 + PARENTS);
    final long expectedRows =
        files.stream()
            .mapToLong(f -> sim.corpus().related("file", f, "contacted_domains").size())
            .sum();
    final String sql =
        "select file_id, id from file_contacted_domains where file_id in ("
            + files.stream().map(f -> "'" + f + "'").collect(Collectors.joining(", "))
            + ")";
    try (Connection conn =
        VtConnections.open(
            sim.baseUrl(),
            sim.premiumKey(),
            Map.of("cache", "false", "fanOut", Integer.toString(FAN_OUT)))) {
      VtConnections.explain(conn, sql);
      sim.faults().configure(FaultSettings.none().withLatency(LATENCY_MS, 0));
      sim.requests().reset();
      final long start = System.nanoTime();
      final int rows = VtConnections.rows(conn, sql).size();
      final long elapsedMs = (System.nanoTime() - start) / 1_000_000;
      sim.faults().clear();
      assertEquals(expectedRows, rows);
      SimRequests.assertCount(PARENTS, () -> sim.requests().total());
      assertTrue(
          elapsedMs < PARENTS * LATENCY_MS / 2,
          "40 calls of 100 ms took " + elapsedMs + " ms: not parallel");
      assertTrue(
          elapsedMs >= PARENTS / FAN_OUT * LATENCY_MS,
          "40 calls of 100 ms took "
              + elapsedMs
              + " ms: more than fanOut="
              + FAN_OUT
              + " in flight");
    }
  }

  @Test
  void oneFanOutSettingServesLookupsAndRelationshipsWhateverItsCase() throws Exception {
    try (Connection conn =
        VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of("fanout", "8"))) {
      final VtSchema schema =
          conn.unwrap(CalciteConnection.class)
              .getRootSchema()
              .getSubSchema("vt")
              .unwrap(VtSchema.class);
      final VtTable table = (VtTable) schema.getTable("file_contacted_domains");
      assertEquals(8, schema.backend().fanOut());
      assertEquals(8, table.settings().fanOut());
    }
  }
}
