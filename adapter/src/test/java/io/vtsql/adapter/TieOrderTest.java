package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import io.vtsql.simulator.search.SearchSemantics;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ORDER BY an allowed order plus further keys against a simulator that shuffles ties (as VirusTotal
 * does): the further keys are applied locally per tie group, and a LIMIT reads only up to the end
 * of the tie group at its boundary.
 */
class TieOrderTest {
  private static final int PAGE = 11;
  private static VtSimulator sim;
  private static Connection conn;

  @BeforeAll
  static void start() throws Exception {
    sim =
        VtSimulator.start(
            SimulatorConfig.builder().scale(300).semantics(SearchSemantics.strictest()).build());
    conn = VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of("cache", "false"));
  }

  @AfterAll
  static void stop() throws Exception {
    conn.close();
    sim.close();
  }

  private static Long malicious(ObjectNode file) {
    final var node = file.path("attributes").path("last_analysis_stats").path("malicious");
    return node.isNumber() ? node.asLong() : null;
  }

  /** Files as SQL orders them: malicious DESC NULLS LAST, then id. */
  private static List<ObjectNode> sqlOrder() {
    final List<ObjectNode> files = new ArrayList<>(sim.corpus().all("file"));
    files.sort(
        Comparator.comparing(
                TieOrderTest::malicious, Comparator.nullsLast(Comparator.<Long>reverseOrder()))
            .thenComparing(f -> f.path("id").asText()));
    return files;
  }

  /** Pages of {@link #PAGE} needed to read through the tie group holding row {@code rows}. */
  private static long pagesThroughTieGroup(List<ObjectNode> ordered, int rows) {
    final Long boundary = malicious(ordered.get(rows - 1));
    int read = rows;
    while (read < ordered.size()
        && java.util.Objects.equals(malicious(ordered.get(read)), boundary)) {
      read++;
    }
    // One more row shows the group ended, unless the results ended first.
    read = Math.min(read + 1, ordered.size());
    return (read + PAGE - 1) / PAGE;
  }

  @Test
  void secondKeyIsAppliedLocallyAndTheLimitStopsAfterTheTieGroup() throws Exception {
    final List<ObjectNode> ordered = sqlOrder();
    final List<List<Object>> expected = new ArrayList<>();
    for (ObjectNode f : ordered.subList(7, 17)) {
      expected.add(List.of(f.path("id").asText(), malicious(f).intValue()));
    }
    sim.requests().reset();
    final List<List<Object>> rows =
        VtConnections.rows(
            conn,
            "select id, malicious from files" + " order by malicious desc, id limit 10 offset 7");
    assertEquals(expected, rows);
    final long pages = pagesThroughTieGroup(ordered, 17);
    assertTrue(pages < (ordered.size() + PAGE - 1) / PAGE, "the test reads less than all");
    SimRequests.assertCount(pages, () -> sim.requests().count("GET /intelligence/search"));
  }

  @Test
  void tiesAmongZeroDetectionsAreOrderedById() throws Exception {
    final List<String> expected = new ArrayList<>();
    for (ObjectNode f : sqlOrder()) {
      if (malicious(f) != null && malicious(f) < 1) {
        expected.add(f.path("id").asText());
      }
    }
    final List<List<Object>> rows =
        VtConnections.rows(
            conn,
            "select id from files"
                + " where malicious < 1 order by malicious desc, id desc limit 25");
    final List<String> ids = rows.stream().map(r -> (String) r.get(0)).toList();
    assertEquals(expected.stream().sorted(Comparator.reverseOrder()).limit(25).toList(), ids);
  }
}
