package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import io.vtsql.simulator.search.SearchSemantics;
import java.sql.Connection;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random filters, orders and limits on {@code retrohunt_jobs} ({@code filter=status:}) and
 * {@code monitor_items} ({@code filter=tag:}) return the same rows with pushdown on and off (every
 * object read and filtered locally), under each reading of the simulator; OR and NOT are never
 * pushed (these lists take only ANDed terms) and no order is (none is documented).
 */
class RetrohuntMonitorDifferentialTest {
  private static final int QUERIES = 40;
  private static final String[] JOB_TERMS = {
    "status = 'finished'",
    "status = 'running'",
    "status = 'aborted'",
    "status = 'FINISHED'",
    "status in ('aborted', 'running')",
    "status <> 'finished'",
    "corpus = 'goodware'",
    "num_matches > 10",
    "notification_email is null",
    "rules like '%filesize%'",
    "time_range_start < timestamp '2025-09-01 00:00:00'"
  };
  private static final String[] ITEM_TERMS = {
    "array_contains(tags, 'detected')",
    "array_contains(tags, 'new-detections')",
    "array_contains(tags, 'solved-detections')",
    "array_contains(tags, 'Detected')",
    "item_type = 'folder'",
    "path like '/acme-suite/bin/%'",
    "last_detections_count >= 2",
    "size > 100000",
    "details is not null"
  };

  static Stream<Arguments> readings() {
    return Stream.of(
        Arguments.of(SearchSemantics.strictest()), Arguments.of(SearchSemantics.lenient()));
  }

  @ParameterizedTest
  @MethodSource("readings")
  void pushdownNeverChangesRows(SearchSemantics reading) throws Exception {
    try (VtSimulator sim = VtSimulator.start(SimulatorConfig.builder().semantics(reading).build());
        Connection pushed = VtConnections.open(sim.baseUrl(), sim.premiumKey(), true, 1000);
        Connection oracle = VtConnections.open(sim.baseUrl(), sim.premiumKey(), false, 1000)) {
      final Random random = new Random(20261202L);
      int nonEmpty = 0;
      for (int i = 0; i < QUERIES; i++) {
        final String sql = random.nextBoolean() ? jobsQuery(random) : itemsQuery(random);
        final List<List<Object>> expected = VtConnections.rows(oracle, sql);
        assertEquals(expected, VtConnections.rows(pushed, sql), sql);
        nonEmpty += expected.isEmpty() ? 0 : 1;
      }
      assertTrue(nonEmpty > QUERIES / 3, "too few queries return rows: " + nonEmpty);
      final List<String> sent =
          sim.requests().records().stream().map(r -> String.valueOf(r.query())).toList();
      assertTrue(sent.stream().anyMatch(q -> q.contains("filter=status")), "no status pushed");
      assertTrue(sent.stream().anyMatch(q -> q.contains("filter=tag")), "no tag pushed");
      assertTrue(sent.stream().noneMatch(q -> q.contains("order=")), "an order was pushed");
    }
  }

  /**
   * Jobs: the running one's progress and matches move with the clock, so only stable columns are
   * compared (its match count stays below 10 for the first ten minutes of the simulator).
   */
  private static String jobsQuery(Random random) {
    return "select id, status, corpus, creation_date from retrohunt_jobs where "
        + where(random, JOB_TERMS)
        + " order by "
        + pick(random, new String[] {"creation_date", "id", "corpus"})
        + (random.nextBoolean() ? " desc" : "")
        + ", id"
        + (random.nextBoolean() ? " limit " + (1 + random.nextInt(3)) : "");
  }

  /** Items: ordered locally (no order is documented), with or without a LIMIT. */
  private static String itemsQuery(Random random) {
    return "select id, path, last_detections_count from monitor_items where "
        + where(random, ITEM_TERMS)
        + " order by "
        + pick(random, new String[] {"path", "creation_date", "last_detections_count"})
        + (random.nextBoolean() ? " desc" : "")
        + ", id"
        + (random.nextBoolean() ? " limit " + (1 + random.nextInt(5)) : "");
  }

  private static String where(Random random, String[] terms) {
    final StringBuilder where = new StringBuilder(term(random, terms));
    final int more = random.nextInt(3);
    for (int k = 0; k < more; k++) {
      where.append(random.nextInt(4) == 0 ? " or " : " and ").append(term(random, terms));
    }
    return where.toString();
  }

  private static String term(Random random, String[] terms) {
    final String t = pick(random, terms);
    return random.nextInt(5) == 0 ? "not (" + t + ")" : t;
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
