package io.vtsql.adapter;

import static io.vtsql.adapter.VtConnections.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.RequestRecord;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The client-side limiter set by {@code rateLimit} holds through SQL, seen from the server's clock.
 */
class RateLimitSqlTest {
  @Test
  void neverMoreThanFourRequestsInAnySecond() throws IOException, SQLException {
    final String key = "c".repeat(64);
    try (VtSimulator sim =
            VtSimulator.start(
                SimulatorConfig.builder()
                    .scale(50)
                    .key(key, io.vtsql.simulator.Tier.PREMIUM)
                    .build());
        Connection c =
            VtConnections.open(
                sim.baseUrl(),
                key,
                "cache",
                "off",
                "rateLimit",
                "4/1s",
                "rateLimitWarnAfter",
                "100ms")) {
      final List<String> ids =
          sim.corpus().all("file").stream().limit(6).map(o -> o.get("id").asText()).toList();
      final String in = String.join("', '", ids);

      for (int i = 0; i < 2; i++) {
        assertEquals(6, rows(c, "select id from files where id in ('" + in + "')").size());
      }
      final List<RequestRecord> records = sim.requests().records();
      assertEquals(12, records.size());
      for (int i = 4; i < records.size(); i++) {
        final Duration span = Duration.between(records.get(i - 4).time(), records.get(i).time());
        assertTrue(
            span.compareTo(Duration.ofSeconds(1)) >= 0,
            "requests " + (i - 4) + " and " + i + " only " + span + " apart");
      }
    }
  }
}
