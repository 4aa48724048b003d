package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Seeded random WHERE / ORDER BY / LIMIT / OFFSET queries over the list endpoints of {@code
 * collections} and {@code threat_actors} return the same rows with pushdown on (terms in {@code
 * filter=}, {@code order=}, {@code limit}) and off (every object read, filtered and sorted
 * locally), in the style of {@link DifferentialTest}: each shape is prepared once and run with
 * several bindings, every value a literal or a {@code ?} at random.
 */
class ThreatDifferentialTest {
  private static final int SHAPES = 40;
  private static final int BINDINGS = 5;
  private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private final Random random = new Random(20261202L);
  private final List<Supplier<Object>> parameters = new ArrayList<>();
  private VtSimulator sim;

  @Test
  void pushdownNeverChangesResults() throws Exception {
    try (VtSimulator started = VtSimulator.start(SimulatorConfig.builder().scale(200).build());
        Connection pushed =
            VtConnections.open(started.baseUrl(), started.premiumKey(), true, 1000);
        Connection oracle =
            VtConnections.open(started.baseUrl(), started.premiumKey(), false, 1000)) {
      sim = started;
      int queries = 0;
      int nonEmpty = 0;
      for (int i = 0; i < SHAPES; i++) {
        parameters.clear();
        final String sql = random.nextBoolean() ? collectionsQuery() : actorsQuery();
        try (PreparedStatement expected = oracle.prepareStatement(sql);
            PreparedStatement actual = pushed.prepareStatement(sql)) {
          for (int b = 0; b < BINDINGS; b++) {
            final List<Object> values = new ArrayList<>();
            parameters.forEach(p -> values.add(p.get()));
            final List<String> rows = rows(expected, values, sql);
            assertEquals(rows, rows(actual, values, sql), sql + " with " + values);
            queries++;
            nonEmpty += rows.isEmpty() ? 0 : 1;
          }
        }
      }
      assertTrue(nonEmpty > queries / 4, "too few queries return rows: " + nonEmpty);
      // The comparison means something only if terms and orders were pushed.
      final List<String> sent =
          started.requests().records().stream().map(r -> String.valueOf(r.query())).toList();
      assertTrue(sent.stream().anyMatch(q -> q.contains("filter=")), "no filter pushed");
      assertTrue(sent.stream().anyMatch(q -> q.contains("order=")), "no order pushed");
    }
  }

  /** A query that always pushes a date bound, so it is never refused as unbounded. */
  private String collectionsQuery() {
    final StringBuilder sql =
        new StringBuilder("select id, name from collections where (")
            .append(predicate("collection", 2))
            .append(") and creation_date < timestamp '2100-01-01 00:00:00'");
    final boolean ordered = random.nextInt(3) > 0;
    final boolean limited = random.nextInt(3) > 0;
    if (ordered || limited) {
      sql.append(" order by ")
          .append(pick(List.of("creation_date", "last_modification_date")))
          .append(random.nextBoolean() ? " desc" : "")
          .append(" nulls last, id");
    }
    if (limited) {
      limit(sql);
    }
    return sql.toString();
  }

  /** Threat actors have no date filter: every query is ordered and limited. */
  private String actorsQuery() {
    final StringBuilder sql =
        new StringBuilder("select id, name from threat_actors where ")
            .append(predicate("threat_actor", 2))
            .append(" order by ")
            .append(pick(List.of("first_seen_date", "last_seen_date", "related_entities_count")))
            .append(random.nextBoolean() ? " desc" : "")
            .append(" nulls last, id");
    limit(sql);
    return sql.toString();
  }

  private void limit(StringBuilder sql) {
    sql.append(" limit ").append(1 + random.nextInt(8));
    if (random.nextBoolean()) {
      sql.append(" offset ").append(random.nextInt(4));
    }
  }

  private String predicate(String type, int depth) {
    if (depth == 0 || random.nextInt(3) == 0) {
      return type.equals("collection") ? collectionAtom() : actorAtom();
    }
    switch (random.nextInt(3)) {
      case 0:
        return "(" + predicate(type, depth - 1) + " and " + predicate(type, depth - 1) + ")";
      case 1:
        return "(" + predicate(type, depth - 1) + " or " + predicate(type, depth - 1) + ")";
      default:
        return "not (" + predicate(type, depth - 1) + ")";
    }
  }

  private String collectionAtom() {
    final List<Supplier<String>> atoms =
        List.of(
            () -> "collection_type = " + value(() -> text("collection", "collection_type")),
            () ->
                "collection_type in ("
                    + value(() -> text("collection", "collection_type"))
                    + ", "
                    + value(() -> text("collection", "collection_type"))
                    + ")",
            () -> "name = " + value(() -> text("collection", "name")),
            () -> "name like '%" + pick(List.of("a", "e", "APT", "ing")) + "%'",
            () -> "owner = " + value(() -> text("collection", "owner")),
            () -> "origin = " + value(() -> text("collection", "origin")),
            () -> "array_contains(tags, " + element("collection", "tags") + ")",
            () ->
                "array_contains(targeted_regions, "
                    + element("collection", "targeted_regions")
                    + ")",
            () ->
                "array_contains(targeted_industries, "
                    + element("collection", "targeted_industries")
                    + ")",
            () ->
                compare(
                    pick(List.of("creation_date", "last_modification_date")),
                    () -> timestamp("collection", "creation_date")),
            () -> compare("files_count", () -> random.nextInt(40)),
            () -> "source_region is " + (random.nextBoolean() ? "" : "not ") + "null");
    return atoms.get(random.nextInt(atoms.size())).get();
  }

  private String actorAtom() {
    final List<Supplier<String>> atoms =
        List.of(
            () -> "name = " + value(() -> text("threat_actor", "name")),
            () -> "source_region = " + value(() -> text("threat_actor", "source_region")),
            () -> "sponsor_region = " + value(() -> text("threat_actor", "sponsor_region")),
            () ->
                "array_contains(targeted_regions, "
                    + element("threat_actor", "targeted_regions")
                    + ")",
            () ->
                "array_contains(targeted_industries, "
                    + element("threat_actor", "targeted_industries")
                    + ")",
            () -> compare("related_entities_count", () -> random.nextInt(4)),
            () -> compare("last_seen_date", () -> timestamp("threat_actor", "last_seen_date")));
    return atoms.get(random.nextInt(atoms.size())).get();
  }

  /** A literal drawn now, or half the time a {@code ?} drawn anew for each binding. */
  private String value(Supplier<Object> value) {
    if (random.nextBoolean()) {
      return literal(value.get());
    }
    parameters.add(value);
    return "?";
  }

  private static String literal(Object v) {
    if (v instanceof Timestamp t) {
      return "timestamp '" + TS.format(t.toLocalDateTime()) + "'";
    }
    if (v instanceof String s) {
      return "'" + s.replace("'", "''") + "'";
    }
    return String.valueOf(v);
  }

  private String compare(String column, Supplier<Object> value) {
    final String op = pick(List.of("=", "<>", "<", "<=", ">", ">=", "between"));
    if (op.equals("between")) {
      return column + " between " + value(value) + " and " + value(value);
    }
    return column + " " + op + " " + value(value);
  }

  private JsonNode randomObject(String type) {
    final List<com.fasterxml.jackson.databind.node.ObjectNode> all =
        new ArrayList<>(sim.corpus().all(type));
    return all.get(random.nextInt(all.size())).path("attributes");
  }

  /** A value of a random object; a missing or null one is a value no object has. */
  private String text(String type, String name) {
    final JsonNode v = randomObject(type).path(name);
    return v.isTextual() ? v.asText() : "none";
  }

  /** A timestamp near a random object's; a literal reads it in UTC, so must a parameter. */
  private Timestamp timestamp(String type, String name) {
    final long seconds = randomObject(type).path(name).asLong() + random.nextInt(3) - 1;
    return Timestamp.valueOf(LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC));
  }

  private String element(String type, String name) {
    final String v =
        value(
            () -> {
              final JsonNode list = randomObject(type).path(name);
              return list.size() == 0 ? "none" : list.get(random.nextInt(list.size())).asText();
            });
    return v.equals("?") ? "cast(? as varchar)" : v;
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** Rows as text; unordered queries are compared as sorted lists. */
  private static List<String> rows(PreparedStatement s, List<Object> values, String sql)
      throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      s.setObject(i + 1, values.get(i));
    }
    final List<String> rows = new ArrayList<>();
    try (ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        rows.add(rs.getString(1) + "|" + rs.getString(2));
      }
    }
    if (!sql.contains(" order by ")) {
      Collections.sort(rows);
    }
    return rows;
  }
}
