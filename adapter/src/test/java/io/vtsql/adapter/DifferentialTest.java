package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import io.vtsql.simulator.search.SearchSemantics;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
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
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random WHERE / ORDER BY / LIMIT / OFFSET queries must return the same rows with pushdown
 * on and off (the oracle pages through {@code entity:X} and filters locally), under every reading
 * of VirusTotal's ambiguous semantics the simulator can take: the full sample under the strictest
 * reading, a smaller differently seeded sample under each other reading (one dimension changed at a
 * time, then all lenient). Each random query shape is prepared once per connection and run with
 * several random bindings: every value is a literal or a {@code ?} parameter at random, so both
 * translations are covered while planning and code generation are paid once per shape.
 */
class DifferentialTest {
  private static final int SHAPES = 125;
  private static final int OTHER_READING_SHAPES = 15;
  private static final int BINDINGS = 8;
  private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private VtSimulator sim;
  private Random random;

  /** Value generators of the {@code ?} parameters of the shape being built, in order. */
  private final List<Supplier<Object>> parameters = new ArrayList<>();

  static Stream<Arguments> readings() {
    final SearchSemantics strict = SearchSemantics.strictest();
    return Stream.of(
        Arguments.of(strict, SHAPES, 20261125L),
        Arguments.of(strict.withBounds(SearchSemantics.Bounds.INCLUSIVE), OTHER_READING_SHAPES, 1L),
        Arguments.of(strict.withTies(SearchSemantics.Ties.BY_ID), OTHER_READING_SHAPES, 2L),
        Arguments.of(strict.withText(SearchSemantics.Text.SUBSTRING), OTHER_READING_SHAPES, 3L),
        Arguments.of(strict.withFuzzy(SearchSemantics.Fuzzy.EXACT), OTHER_READING_SHAPES, 4L),
        Arguments.of(SearchSemantics.lenient(), OTHER_READING_SHAPES, 5L));
  }

  @ParameterizedTest(name = "{0}: {1} shapes")
  @MethodSource("readings")
  void pushdownNeverChangesResults(SearchSemantics semantics, int shapes, long seed)
      throws Exception {
    random = new Random(seed);
    // 80 files (20 urls, 30 domains and IPs): every search returns one page, and the oracle's
    // whole-entity page is what each of its queries re-reads (it dominates the run time).
    try (VtSimulator started =
            VtSimulator.start(SimulatorConfig.builder().scale(80).semantics(semantics).build());
        Connection pushed =
            VtConnections.open(started.baseUrl(), started.premiumKey(), true, 1000);
        Connection oracle =
            VtConnections.open(started.baseUrl(), started.premiumKey(), false, 1000, true)) {
      sim = started;
      compare(pushed, oracle, shapes);
    }
  }

  private void compare(Connection pushed, Connection oracle, int shapes) throws SQLException {
    int queries = 0;
    int nonEmpty = 0;
    for (int i = 0; i < shapes; i++) {
      parameters.clear();
      final String sql = randomQuery();
      try (PreparedStatement expectedStatement = oracle.prepareStatement(sql);
          PreparedStatement actualStatement = pushed.prepareStatement(sql)) {
        for (int b = 0; b < BINDINGS; b++) {
          final List<Object> values = new ArrayList<>();
          parameters.forEach(p -> values.add(p.get()));
          final List<String> expected = rows(expectedStatement, values, sql);
          assertEquals(expected, rows(actualStatement, values, sql), sql + " with " + values);
          queries++;
          nonEmpty += expected.isEmpty() ? 0 : 1;
        }
      }
    }
    assertEquals(shapes * BINDINGS, queries);
    assertTrue(nonEmpty > queries / 4, "too few queries return rows: " + nonEmpty);
  }

  private String randomQuery() {
    final String[] tables = {"files", "files", "files", "urls", "domains", "ip_addresses"};
    final String table = tables[random.nextInt(tables.length)];
    final String where = predicate(table, 2);
    final String columns = random.nextBoolean() ? "id" : "id, malicious";
    final StringBuilder sql =
        new StringBuilder("select ")
            .append(columns)
            .append(" from ")
            .append(table)
            .append(" where (")
            .append(where)
            .append(") and malicious < 1000");
    final boolean ordered = random.nextInt(3) == 0;
    final boolean limited = random.nextInt(3) == 0;
    if (ordered || limited) {
      final String col = pick(orderColumns(table));
      sql.append(" order by ")
          .append(col)
          .append(random.nextBoolean() ? " desc" : "")
          .append(" nulls last, id");
    }
    if (limited) {
      sql.append(" limit ").append(1 + random.nextInt(40));
      if (random.nextBoolean()) {
        sql.append(" offset ").append(random.nextInt(20));
      }
    }
    return sql.toString();
  }

  private String predicate(String table, int depth) {
    if (depth == 0 || random.nextInt(3) == 0) {
      return atom(table);
    }
    switch (random.nextInt(3)) {
      case 0:
        return "(" + predicate(table, depth - 1) + " and " + predicate(table, depth - 1) + ")";
      case 1:
        return "(" + predicate(table, depth - 1) + " or " + predicate(table, depth - 1) + ")";
      default:
        return "not (" + predicate(table, depth - 1) + ")";
    }
  }

  private String atom(String table) {
    final List<Supplier<String>> atoms = new ArrayList<>();
    atoms.add(() -> compare("malicious", () -> random.nextInt(30)));
    switch (table) {
      case "files":
        atoms.add(() -> compare("size", () -> attr("file", "size")));
        atoms.add(() -> compare("times_submitted", () -> attr("file", "times_submitted")));
        atoms.add(() -> compare("unique_sources", () -> attr("file", "unique_sources")));
        atoms.add(
            () ->
                compare(
                    pick(
                        List.of(
                            "first_submission_date", "last_submission_date", "last_analysis_date")),
                    () -> timestamp("file", "first_submission_date")));
        atoms.add(
            () ->
                "type_tag in ("
                    + value(() -> text("file", "type_tag"))
                    + ", "
                    + value(() -> text("file", "type_tag"))
                    + ")");
        atoms.add(() -> "array_contains(tags, " + element("file", "tags") + ")");
        atoms.add(() -> "array_contains(names, " + element("file", "names") + ")");
        atoms.add(() -> "cast(" + element("file", "tags") + " as varchar) = some(tags)");
        atoms.add(() -> nullTest("last_analysis_date", "first_submission_date", "size"));
        atoms.add(() -> "md5 = " + value(() -> text("file", "md5")));
        atoms.add(() -> "meaningful_name like '%" + random.nextInt(10) + "%'");
        atoms.add(() -> "ssdeep = " + value(() -> text("file", "ssdeep")));
        atoms.add(() -> "array_contains(detection_names, " + detection("file") + ")");
        atoms.add(() -> "cast(" + detection("file") + " as varchar) = some(detection_names)");
        break;
      case "urls":
        atoms.add(
            () ->
                compare(
                    "last_http_response_code",
                    () -> Integer.valueOf(pick(List.of("200", "301", "404")))));
        atoms.add(() -> "title like '%" + (char) ('a' + random.nextInt(26)) + "%'");
        atoms.add(() -> "url like '%" + pick(List.of("login", "http:", ".com", "php")) + "%'");
        atoms.add(() -> "array_contains(tags, " + element("url", "tags") + ")");
        atoms.add(() -> "array_contains(detection_names, " + detection("url") + ")");
        atoms.add(() -> nullTest("last_http_response_code", "last_analysis_date", "title"));
        break;
      case "domains":
        atoms.add(() -> "tld = " + value(() -> text("domain", "tld")));
        atoms.add(() -> "registrar like '%" + pick(List.of("Inc", "LLC", "Ltd", "Name")) + "%'");
        atoms.add(
            () ->
                compare(
                    pick(List.of("creation_date", "last_update_date")),
                    () -> timestamp("domain", "creation_date")));
        atoms.add(() -> "id like '%" + pick(List.of("a", "e", "net", "xyz")) + "%'");
        atoms.add(() -> nullTest("creation_date", "last_update_date"));
        break;
      default:
        atoms.add(() -> "country = " + value(() -> text("ip_address", "country")));
        atoms.add(() -> compare("asn", () -> attr("ip_address", "asn")));
        atoms.add(() -> "as_owner like '%" + pick(List.of("a", "Inc", "Net")) + "%'");
        atoms.add(() -> "network = " + value(() -> text("ip_address", "network")));
        atoms.add(() -> "vt_ip_in(id, " + value(this::block) + ")");
        atoms.add(() -> nullTest("asn", "country"));
        break;
    }
    return atoms.get(random.nextInt(atoms.size())).get();
  }

  /**
   * A value of the query: half the time a literal drawn now, otherwise a {@code ?} whose value is
   * drawn anew for each binding.
   */
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

  private String nullTest(String... columns) {
    return pick(List.of(columns)) + (random.nextBoolean() ? " is null" : " is not null");
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

  private long attr(String type, String name) {
    return randomObject(type).path(name).asLong();
  }

  /** A timestamp near a random object's; a literal reads it in UTC, so must a parameter. */
  private Timestamp timestamp(String type, String name) {
    final long seconds = attr(type, name) + random.nextInt(3) - 1;
    return Timestamp.valueOf(LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC));
  }

  private String text(String type, String name) {
    return randomObject(type).path(name).asText();
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

  /** A CIDR block around a random IP address of the corpus. */
  private String block() {
    final List<com.fasterxml.jackson.databind.node.ObjectNode> all =
        new ArrayList<>(sim.corpus().all("ip_address"));
    return all.get(random.nextInt(all.size())).path("id").asText()
        + "/"
        + pick(List.of("8", "16", "24"));
  }

  /** A detection name of a random object (an engine result), or one no engine gives. */
  private String detection(String type) {
    final String v =
        value(
            () -> {
              final List<String> names = new ArrayList<>();
              randomObject(type)
                  .path("last_analysis_results")
                  .forEach(
                      e -> {
                        if (e.path("result").isTextual()) {
                          names.add(e.path("result").asText());
                        }
                      });
              return names.isEmpty() ? "none" : names.get(random.nextInt(names.size()));
            });
    return v.equals("?") ? "cast(? as varchar)" : v;
  }

  private static List<String> orderColumns(String table) {
    switch (table) {
      case "files":
        return List.of("malicious", "size", "first_submission_date", "times_submitted");
      case "urls":
        return List.of("malicious", "last_submission_date", "last_http_response_code");
      case "domains":
        return List.of("malicious", "creation_date", "last_update_date");
      default:
        return List.of("malicious", "last_modification_date");
    }
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
      final ResultSetMetaData md = rs.getMetaData();
      while (rs.next()) {
        final StringBuilder b = new StringBuilder();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          b.append(rs.getString(i)).append('|');
        }
        rows.add(b.toString());
      }
    }
    if (!sql.contains(" order by ")) {
      Collections.sort(rows);
    }
    return rows;
  }
}
