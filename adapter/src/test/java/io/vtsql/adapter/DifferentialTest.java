package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seeded random WHERE / ORDER BY / LIMIT / OFFSET queries must return the same rows with
 * pushdown on and off (the oracle pages through {@code entity:X} and filters locally).
 */
class DifferentialTest {
  private static final int QUERIES = 1000;
  private static final DateTimeFormatter TS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
  private static VtSimulator sim;
  private static Connection pushed;
  private static Connection oracle;
  private final Random random = new Random(20261125L);

  @BeforeAll static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().scale(300).build());
    pushed = VtConnections.open(sim.baseUrl(), sim.premiumKey(), true, 1000);
    oracle = VtConnections.open(sim.baseUrl(), sim.premiumKey(), false, 1000, true);
  }

  @AfterAll static void stop() throws SQLException {
    pushed.close();
    oracle.close();
    sim.close();
  }

  @Test void pushdownNeverChangesResults() throws SQLException {
    int nonEmpty = 0;
    for (int i = 0; i < QUERIES; i++) {
      final String sql = randomQuery();
      final List<String> expected = rows(oracle, sql);
      assertEquals(expected, rows(pushed, sql), sql);
      nonEmpty += expected.isEmpty() ? 0 : 1;
    }
    assertTrue(nonEmpty > QUERIES / 4, "too few queries return rows: " + nonEmpty);
  }

  private String randomQuery() {
    final String[] tables = {"files", "files", "files", "urls", "domains", "ip_addresses"};
    final String table = tables[random.nextInt(tables.length)];
    final String where = predicate(table, 2);
    final StringBuilder sql = new StringBuilder("select id, malicious from ").append(table)
        .append(" where (").append(where).append(") and malicious >= 0");
    final boolean ordered = random.nextInt(3) == 0;
    final boolean limited = random.nextInt(3) == 0;
    if (ordered || limited) {
      final String col = pick(orderColumns(table));
      sql.append(" order by ").append(col).append(random.nextBoolean() ? " desc" : "")
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
    atoms.add(() -> compare("malicious", () -> String.valueOf(random.nextInt(30))));
    switch (table) {
    case "files":
      atoms.add(() -> compare("size", () -> String.valueOf(attr("file", "size"))));
      atoms.add(() -> compare("times_submitted", () -> String.valueOf(attr("file", "times_submitted"))));
      atoms.add(() -> compare("unique_sources",
          () -> String.valueOf(attr("file", "unique_sources"))));
      atoms.add(() -> compare(pick(List.of("first_submission_date", "last_submission_date",
          "last_analysis_date")), () -> timestamp("file", "first_submission_date")));
      atoms.add(() -> "type_tag in (" + text("file", "type_tag") + ", "
          + text("file", "type_tag") + ")");
      atoms.add(() -> "array_contains(tags, " + element("file", "tags") + ")");
      atoms.add(() -> "array_contains(names, " + element("file", "names") + ")");
      atoms.add(() -> "md5 = " + text("file", "md5"));
      atoms.add(() -> "meaningful_name like '%" + random.nextInt(10) + "%'");
      atoms.add(() -> "ssdeep = " + text("file", "ssdeep"));
      break;
    case "urls":
      atoms.add(() -> compare("last_http_response_code",
          () -> pick(List.of("200", "301", "404"))));
      atoms.add(() -> "title like '%" + (char) ('a' + random.nextInt(26)) + "%'");
      atoms.add(() -> "url like '%" + pick(List.of("login", "http:", ".com", "php")) + "%'");
      atoms.add(() -> "array_contains(tags, " + element("url", "tags") + ")");
      break;
    case "domains":
      atoms.add(() -> "tld = " + text("domain", "tld"));
      atoms.add(() -> "registrar like '%" + pick(List.of("Inc", "LLC", "Ltd", "Name")) + "%'");
      atoms.add(() -> compare(pick(List.of("creation_date", "last_update_date")),
          () -> timestamp("domain", "creation_date")));
      atoms.add(() -> "id like '%" + pick(List.of("a", "e", "net", "xyz")) + "%'");
      break;
    default:
      atoms.add(() -> "country = " + text("ip_address", "country"));
      atoms.add(() -> compare("asn", () -> String.valueOf(attr("ip_address", "asn"))));
      atoms.add(() -> "as_owner like '%" + pick(List.of("a", "Inc", "Net")) + "%'");
      atoms.add(() -> "network = " + text("ip_address", "network"));
      break;
    }
    return atoms.get(random.nextInt(atoms.size())).get();
  }

  private String compare(String column, Supplier<String> value) {
    final String op = pick(List.of("=", "<>", "<", "<=", ">", ">=", "between"));
    if (op.equals("between")) {
      return column + " between " + value.get() + " and " + value.get();
    }
    return column + " " + op + " " + value.get();
  }

  private JsonNode randomObject(String type) {
    final List<com.fasterxml.jackson.databind.node.ObjectNode> all =
        new ArrayList<>(sim.corpus().all(type));
    return all.get(random.nextInt(all.size())).path("attributes");
  }

  private long attr(String type, String name) {
    return randomObject(type).path(name).asLong();
  }

  private String timestamp(String type, String name) {
    final long seconds = attr(type, name) + random.nextInt(3) - 1;
    return "timestamp '" + TS.format(Instant.ofEpochSecond(seconds)) + "'";
  }

  private String text(String type, String name) {
    return "'" + randomObject(type).path(name).asText().replace("'", "''") + "'";
  }

  private String element(String type, String name) {
    final JsonNode list = randomObject(type).path(name);
    final String v = list.size() == 0 ? "none" : list.get(random.nextInt(list.size())).asText();
    return "'" + v.replace("'", "''") + "'";
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
  private static List<String> rows(Connection c, String sql) throws SQLException {
    final List<String> rows = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
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
