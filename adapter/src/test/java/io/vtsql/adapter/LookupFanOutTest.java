package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import io.vtsql.simulator.faults.FaultSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The GETs of a point lookup run in parallel, bounded by {@code fanOut}, and the rows still come in
 * the order of the distinct ids: with 200 ms of simulated latency, 16 ids take far less than 16
 * sequential GETs and no less than 16 / fanOut rounds.
 */
class LookupFanOutTest {
  private static final int IDS = 16;
  private static final int FAN_OUT = 4;
  private static final long LATENCY_MS = 200;
  private static VtSimulator sim;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().scale(300).build());
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @Test
  void distinctIdsAreFetchedInParallelAndReturnedInOrder() throws SQLException {
    final List<String> ids =
        sim.corpus().all("domain").stream()
            .skip(5)
            .limit(IDS - 1)
            .map(d -> d.get("id").asText())
            .collect(Collectors.toList());
    final List<String> asked = new ArrayList<>(ids);
    asked.add(3, "no-such-domain.example");
    asked.add(ids.get(0));
    final String sql =
        "select id from domains where id in ("
            + asked.stream().map(i -> "'" + i + "'").collect(Collectors.joining(", "))
            + ")";
    try (Connection conn =
        VtConnections.open(
            sim.baseUrl(),
            sim.premiumKey(),
            Map.of("cache", "false", "fanOut", Integer.toString(FAN_OUT)))) {
      final List<String> order = new ArrayList<>();
      final long start;
      try (PreparedStatement p = conn.prepareStatement(sql)) {
        try (ResultSet warmUp = p.executeQuery()) { // connections, classes; all GETs complete
          while (warmUp.next()) {
            assertTrue(ids.contains(warmUp.getString(1)));
          }
        }
        sim.faults().configure(FaultSettings.none().withLatency(LATENCY_MS, 0));
        sim.requests().reset();
        start = System.nanoTime();
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            order.add(rs.getString(1));
          }
        }
      }
      final long elapsedMs = (System.nanoTime() - start) / 1_000_000;
      sim.faults().clear();
      // IN lists reach the scan sorted (a Sarg); the rows follow the distinct ids in that order.
      assertEquals(ids.stream().sorted().collect(Collectors.toList()), order);
      assertEquals(IDS, SimulatorQueryTest.settled(() -> sim.requests().total(), IDS));
      assertTrue(
          elapsedMs < IDS * LATENCY_MS / 2,
          IDS + " GETs of 200 ms took " + elapsedMs + " ms: not parallel");
      assertTrue(
          elapsedMs >= IDS / FAN_OUT * LATENCY_MS,
          IDS + " GETs of 200 ms took " + elapsedMs + " ms: more than fanOut in flight");
    }
  }
}
