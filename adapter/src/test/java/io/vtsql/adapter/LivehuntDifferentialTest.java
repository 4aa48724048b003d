package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Seeded random WHERE / ORDER BY / LIMIT queries over the Livehunt tables return the same rows with
 * pushdown on ({@code filter=}, {@code order=}, {@code limit}, {@code descriptors_only}) and off
 * (every object read, filtered and sorted locally), covering pushed and local terms, OR and NOT
 * (never pushed: these endpoints take only ANDed terms) and dates relative to the simulator's
 * clock, which the demo notifications are dated back from.
 */
class LivehuntDifferentialTest {
  private static final int QUERIES = 60;
  private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private final Random random = new Random(20261202L);

  @Test
  void pushdownNeverChangesRows() throws Exception {
    try (VtSimulator sim = VtSimulator.start(SimulatorConfig.builder().build());
        Connection pushed = VtConnections.open(sim.baseUrl(), sim.premiumKey(), true, 1000);
        Connection oracle = VtConnections.open(sim.baseUrl(), sim.premiumKey(), false, 1000)) {
      final String emotet =
          VtConnections.rows(
                  oracle, "select id from hunting_rulesets where name = 'emotet_loaders'")
              .get(0)
              .get(0)
              .toString();
      int nonEmpty = 0;
      for (int i = 0; i < QUERIES; i++) {
        final String sql =
            switch (i % 4) {
              case 0 -> rulesets();
              case 1 -> notifications();
              case 2 -> files();
              default -> stream(emotet);
            };
        final List<List<Object>> expected = VtConnections.rows(oracle, sql);
        assertEquals(expected, VtConnections.rows(pushed, sql), sql);
        nonEmpty += expected.isEmpty() ? 0 : 1;
      }
      assertTrue(nonEmpty > QUERIES / 3, "too few queries return rows: " + nonEmpty);
      final List<String> sent =
          sim.requests().records().stream().map(r -> String.valueOf(r.query())).toList();
      assertTrue(sent.stream().anyMatch(q -> q.contains("filter=")), "no filter pushed");
      assertTrue(sent.stream().anyMatch(q -> q.contains("order=")), "no order pushed");
      assertTrue(
          sent.stream().anyMatch(q -> q.contains("descriptors_only=true")),
          "no descriptors-only page");
    }
  }

  private String rulesets() {
    return query(
        "id, name",
        "hunting_rulesets",
        () ->
            pick(
                "array_contains(tags, "
                    + pick("'phishing'", "'ransomware'", "'emotet'", "'x'")
                    + ")",
                "name = " + pick("'emotet_loaders'", "'packed_pe'", "'EMOTET_LOADERS'"),
                "name like '%" + pick("a", "ing", "_") + "%'",
                "enabled",
                "not enabled",
                "rules like '%" + pick("Emotet", "vt.net", "condition") + "%'",
                "number_of_rules > " + random.nextInt(3),
                "creation_date > timestamp '" + ago(random.nextInt(200) * 24) + "'",
                "modification_date <= timestamp '" + ago(random.nextInt(40) * 24) + "'"),
        // rulesets have no date filter: their orders are the pushed ones, so the LIMIT bounds them
        List.of("creation_date", "modification_date"),
        "id");
  }

  private String notifications() {
    return query(
        "id, rule_name",
        "hunting_notifications",
        () ->
            pick(
                "array_contains(tags, "
                    + pick("'ransom_notes'", "'emotet_loaders'", "'packed_pe'", "'upx_packed_pe'")
                    + ")",
                "\"date\" >= timestamp '" + ago(random.nextInt(400)) + "'",
                "\"date\" < timestamp '" + ago(random.nextInt(400)) + "'",
                "rule_name = " + pick("'Ransom_Note_Text'", "'Emotet_Packed_Dll'"),
                "match_in_subfile",
                "source_country = " + pick("'US'", "'DE'", "'ES'")),
        List.of("\"date\"", "rule_name"),
        "id");
  }

  private String files() {
    return query(
        "id, notification_id",
        "hunting_notification_files",
        () ->
            pick(
                "array_contains(notification_tags, "
                    + pick("'ransom_notes'", "'emotet_loaders'", "'bitcoin_wallet_ref'")
                    + ")",
                "notification_date >= timestamp '" + ago(random.nextInt(400)) + "'",
                "notification_date < timestamp '" + ago(random.nextInt(400)) + "'",
                "malicious > " + random.nextInt(40),
                "ruleset_name = " + pick("'ransom_notes'", "'packed_pe'"),
                "type_tag = " + pick("'peexe'", "'pedll'", "'html'")),
        List.of("notification_date", "malicious"),
        "notification_id");
  }

  private String stream(String emotet) {
    if (random.nextInt(3) == 0) {
      // ids alone, in the stream's own order: descriptors_only=true on the pushed side
      return "select id, entity_type from ioc_stream where entity_type "
          + pick("= 'file'", "= 'url'", "<> 'domain'", "in ('url', 'domain')")
          + " limit "
          + (1 + random.nextInt(12));
    }
    return query(
        "id, entity_type, notification_id",
        "ioc_stream",
        () ->
            pick(
                "entity_type = " + pick("'file'", "'url'", "'domain'", "'ip_address'", "'FILE'"),
                "origin = " + pick("'hunting'", "'subscriptions'"),
                "array_contains(source_ids, '" + emotet + "')",
                "array_contains(source_types, 'hunting_ruleset')",
                "array_contains(notification_tags, "
                    + pick("'phishing_hosts'", "'credential_urls'", "'login_form_url'")
                    + ")",
                "notification_date >= timestamp '" + ago(random.nextInt(400)) + "'",
                "notification_date < timestamp '" + ago(random.nextInt(400)) + "'",
                "malicious > " + random.nextInt(10)),
        List.of("notification_date"),
        "id");
  }

  /**
   * A query with atoms joined by AND / OR / NOT, bounded by a pushed date on the first order column
   * (rulesets: by their pushed order and LIMIT), ordered on to a unique key so both sides agree on
   * row order.
   */
  private String query(
      String select, String table, Supplier<String> atom, List<String> orders, String key) {
    final StringBuilder sql =
        new StringBuilder("select ").append(select).append(" from ").append(table);
    // a pushed date bound, so that a local ORDER BY (which keeps the LIMIT local) is never refused
    // as an unbounded scan
    sql.append(" where (").append(predicate(atom, 2)).append(")");
    if (!table.equals("hunting_rulesets")) {
      sql.append(" and ").append(orders.get(0)).append(" < timestamp '2100-01-01 00:00:00'");
    }
    final String order = orders.get(random.nextInt(orders.size()));
    sql.append(" order by ")
        .append(order)
        .append(random.nextBoolean() ? " desc" : "")
        .append(" nulls last, ")
        .append(key);
    if (!key.equals("id")) {
      sql.append(", id");
    }
    sql.append(" limit ").append(1 + random.nextInt(12));
    return sql.toString();
  }

  private String predicate(Supplier<String> atom, int depth) {
    if (depth == 0 || random.nextInt(3) == 0) {
      return atom.get();
    }
    return switch (random.nextInt(4)) {
      case 0, 1 -> "(" + predicate(atom, depth - 1) + " and " + predicate(atom, depth - 1) + ")";
      case 2 -> "(" + predicate(atom, depth - 1) + " or " + predicate(atom, depth - 1) + ")";
      default -> "not (" + predicate(atom, depth - 1) + ")";
    };
  }

  private String pick(String... values) {
    return values[random.nextInt(values.length)];
  }

  /** UTC text of the time {@code hours} hours ago. */
  private static String ago(int hours) {
    return LocalDateTime.now(ZoneOffset.UTC).minusHours(hours).format(TS);
  }
}
