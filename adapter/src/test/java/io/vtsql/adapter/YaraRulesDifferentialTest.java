package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.sql.Connection;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seeded random filters and orders on {@code yara_rules} return the same rows with pushdown on
 * ({@code filter=} / {@code order=} of {@code GET /yara_rules}) and off (every rule read and
 * filtered locally), covering pushed and local terms, OR (never pushed: the endpoint takes only
 * ANDed terms), ORDER BY and LIMIT.
 */
class YaraRulesDifferentialTest {
  private static final int QUERIES = 30;
  private static final String[] TERMS = {
    "array_contains(threat_categories, 'trojan')",
    "array_contains(threat_categories, 'ransomware')",
    "array_contains(tags, 'gen')",
    "array_contains(tags, 'packer')",
    "author = 'Florian Roth (Nextron Systems)'",
    "author = 'x0r'",
    "author = 'Jaume'",
    "name = 'win_emotet_auto'",
    "name = 'emotet'",
    "name like 'win\\_%' escape '\\'",
    "enabled",
    "not enabled",
    "\"matches\" > 100",
    "creation_date >= timestamp '2022-01-01" + " 00:00:00'",
    "last_modification_date < timestamp '2025-06-01 00:00:00'"
  };
  private static final String[] ORDERS = {
    "\"matches\"", "creation_date", "included_date", "last_modification_date"
  };

  private static VtSimulator sim;
  private static Connection pushed;
  private static Connection oracle;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().scale(80).build());
    pushed = VtConnections.open(sim.baseUrl(), sim.premiumKey(), true, 1000);
    oracle = VtConnections.open(sim.baseUrl(), sim.premiumKey(), false, 1000, true);
  }

  @AfterAll
  static void stop() throws Exception {
    oracle.close();
    pushed.close();
    sim.close();
  }

  @Test
  void pushdownNeverChangesRows() throws Exception {
    final Random random = new Random(20261202L);
    int nonEmpty = 0;
    for (int i = 0; i < QUERIES; i++) {
      final String sql = query(random);
      final List<List<Object>> expected = VtConnections.rows(oracle, sql);
      assertEquals(expected, VtConnections.rows(pushed, sql), sql);
      nonEmpty += expected.isEmpty() ? 0 : 1;
    }
    assertTrue(nonEmpty > QUERIES / 3, "too few queries return rows: " + nonEmpty);
  }

  @Test
  void pushedFilterReadsFewerRules() throws Exception {
    sim.requests().reset();
    VtConnections.rows(
        pushed,
        "select id from yara_rules where array_contains(tags, 'gen')"
            + " and author = 'Florian Roth (Nextron Systems)'");
    SimRequests.assertCount(1, () -> sim.requests().count("GET /yara_rules"));
    assertTrue(
        sim.requests().records().stream().anyMatch(r -> r.toString().contains("filter")),
        "the filter is sent");
  }

  private static String query(Random random) {
    final StringBuilder where = new StringBuilder(pick(random, TERMS));
    final int more = random.nextInt(3);
    for (int k = 0; k < more; k++) {
      where.append(random.nextInt(4) == 0 ? " or " : " and ").append(pick(random, TERMS));
    }
    final StringBuilder sql =
        new StringBuilder("select id, name, \"matches\" from yara_rules")
            .append(" where ")
            .append(where);
    // Every query is ordered by a total order, so both sides list rows alike; a LIMIT
    // above the 51 rules keeps unpushable filters within the unbounded-scan guard.
    sql.append(" order by ")
        .append(pick(random, ORDERS))
        .append(random.nextBoolean() ? " desc" : "")
        .append(", id");
    sql.append(" limit ").append(random.nextInt(3) == 0 ? 1 + random.nextInt(10) : 100);
    return sql.toString();
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
