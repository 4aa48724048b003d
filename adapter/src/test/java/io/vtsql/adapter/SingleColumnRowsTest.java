package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A one-column result that passes through a local operator (sort, union, distinct) carries the
 * column's values, not the scan's one-element {@code Object[]} rows.
 */
class SingleColumnRowsTest {
  private static VtSimulator sim;
  private static Connection conn;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().build());
    conn = VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of("cache", "false"));
  }

  @AfterAll
  static void stop() throws SQLException {
    conn.close();
    sim.close();
  }

  private static List<List<Object>> idsWithAtLeast(int malicious) {
    return sim.corpus().all("file").stream()
        .filter(
            f ->
                f.path("attributes").path("last_analysis_stats").path("malicious").asInt()
                    >= malicious)
        .map(f -> f.get("id").asText())
        .sorted()
        .map(id -> List.<Object>of(id))
        .collect(Collectors.toList());
  }

  @Test
  void searchSortedLocally() throws SQLException {
    final List<List<Object>> expected = idsWithAtLeast(40);
    assertFalse(expected.isEmpty());
    assertEquals(
        expected,
        VtConnections.rows(conn, "SELECT id FROM files WHERE malicious >= 40 ORDER BY id"));
  }

  @Test
  void unionOfTwoSearches() throws SQLException {
    assertEquals(
        idsWithAtLeast(40),
        VtConnections.rows(
            conn,
            "SELECT id FROM (SELECT id FROM files WHERE malicious >= 40 UNION"
                + " SELECT id FROM files WHERE malicious >= 50) ORDER BY id"));
  }

  @Test
  void relationshipSortedLocally() throws SQLException {
    final ObjectNode file = sim.corpus().all("file").iterator().next();
    final String id = file.get("id").asText();
    final List<List<Object>> expected =
        sim.corpus().related("file", id, "contacted_domains").stream()
            .map(d -> d.get("id").asText())
            .sorted()
            .distinct()
            .map(d -> List.<Object>of(d))
            .collect(Collectors.toList());
    assertFalse(expected.isEmpty());
    assertEquals(
        expected,
        VtConnections.rows(
            conn,
            "SELECT DISTINCT id FROM"
                + " file_contacted_domains WHERE file_id = '"
                + id
                + "' ORDER BY id"));
  }
}
