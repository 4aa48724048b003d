package io.vtsql.adapter;

import static io.vtsql.adapter.VtConnections.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.Tier;
import io.vtsql.simulator.VtSimulator;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code cacheMaxBytes}: a scan larger than the caches still returns every row, small things stay
 * cached.
 */
class CacheBudgetSqlTest {
  private static final String KEY = "c".repeat(64);
  private static VtSimulator sim;
  private static List<ObjectNode> files;

  @BeforeAll
  static void start() throws IOException {
    sim = VtSimulator.start(SimulatorConfig.builder().scale(900).key(KEY, Tier.PREMIUM).build());
    files = List.copyOf(sim.corpus().all("file"));
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @Test
  void scanBeyondTheBudgetReturnsEveryRowAndKeepsLittle() throws SQLException {
    final long expected =
        files.stream().filter(f -> f.path("attributes").path("size").asLong() > 0).count();
    try (Connection c = VtConnections.open(sim.baseUrl(), KEY, "cacheMaxBytes", "1m")) {
      sim.requests().reset();
      final List<List<Object>> scanned = rows(c, "select id, size from files where size > 0");
      assertEquals(expected, scanned.size());
      assertTrue(sim.requests().count("GET /intelligence/search") >= 3, "several pages of 300");
      final List<List<Object>> cache =
          rows(c, "select entries, object_entries, max_bytes" + " from vt_meta.cache");
      assertTrue((Long) cache.get(0).get(0) <= 1, "no page of 300 fits in 1 MB: " + cache);
      assertTrue(
          (Long) cache.get(0).get(1) < expected,
          "the object cache kept only the latest" + " objects of the scan: " + cache);
      assertEquals(1L << 20, cache.get(0).get(2));

      final String lookup =
          "select id, size from files where id = '" + files.get(0).get("id").asText() + "'";
      final List<List<Object>> first = rows(c, lookup);
      final long sent = sim.requests().total();
      assertEquals(first, rows(c, lookup));
      assertEquals(sent, sim.requests().total(), "the repeated lookup fits and is cached");
    }
  }
}
