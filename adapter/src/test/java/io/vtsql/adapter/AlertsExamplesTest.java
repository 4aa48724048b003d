package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The VT Alerts question of sql-examples/ runs against the default demo corpus with the demo
 * premium key, finds rows whose watched object comes out of the event JSON, and costs the requests
 * its comment promises.
 */
class AlertsExamplesTest {
  private static VtSimulator sim;
  private static Connection conn;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().build());
    conn = VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of());
  }

  @AfterAll
  static void stop() throws Exception {
    conn.close();
    sim.close();
  }

  @Test
  void unreadHighSeverityAlerts() throws Exception {
    final Path file =
        Path.of("")
            .toAbsolutePath()
            .getParent()
            .resolve("sql-examples")
            .resolve("72-unread-high-severity-alerts.sql");
    final String sql = Files.readString(file, StandardCharsets.UTF_8).strip().replaceAll(";$", "");
    sim.requests().reset();
    final List<List<Object>> rows = VtConnections.rows(conn, sql);
    assertFalse(rows.isEmpty(), "no unread high-severity notification");
    for (List<Object> row : rows) {
      assertNotNull(row.get(3), "watched object of " + row);
    }
    SimRequests.assertCount(2, () -> sim.requests().count("GET /alerts/notifications"));
    SimRequests.assertCount(2, () -> sim.requests().total());
  }
}
