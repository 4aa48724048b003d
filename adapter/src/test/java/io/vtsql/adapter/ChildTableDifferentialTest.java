package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import io.vtsql.simulator.corpus.Corpus;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Seeded random filters, orders and limits over child tables (alone and joined with their parent
 * table) return the same rows with pushdown on and off: only the parent ids and a folded LIMIT
 * reach VirusTotal, every other predicate runs locally either way.
 */
class ChildTableDifferentialTest {
  private static final int QUERIES = 40;

  /** A filterable column: SQL name, record field ({@code @key}, {@code @value}) and kind. */
  private record Col(String sql, String field, char kind) {}

  /** A child table, its parent type, the records' JSON pointer and columns. */
  private record Case(String table, String type, String pointer, List<Col> cols) {}

  private static final List<Case> CASES =
      List.of(
          new Case(
              "file_last_analysis_results",
              "file",
              "/last_analysis_results",
              List.of(
                  new Col("engine", "@key", 't'),
                  new Col("category", "category", 't'),
                  new Col("\"result\"", "result", 't'))),
          new Case(
              "file_pe_info_sections",
              "file",
              "/pe_info/sections",
              List.of(
                  new Col("name", "name", 't'),
                  new Col("entropy", "entropy", 'n'),
                  new Col("raw_size", "raw_size", 'n'))),
          new Case(
              "file_crowdsourced_yara_results",
              "file",
              "/crowdsourced_yara_results",
              List.of(new Col("rule_name", "rule_name", 't'), new Col("author", "author", 't'))),
          new Case(
              "file_sandbox_verdicts",
              "file",
              "/sandbox_verdicts",
              List.of(
                  new Col("sandbox", "@key", 't'),
                  new Col("category", "category", 't'),
                  new Col("confidence", "confidence", 'n'))),
          new Case(
              "file_pe_info_import_list",
              "file",
              "/pe_info/import_list",
              List.of(new Col("library_name", "library_name", 't'))),
          new Case(
              "file_popular_threat_classification_popular_threat_name",
              "file",
              "/popular_threat_classification/popular_threat_name",
              List.of(new Col("\"value\"", "value", 't'), new Col("\"count\"", "count", 'n'))),
          new Case(
              "domain_last_dns_records",
              "domain",
              "/last_dns_records",
              List.of(
                  new Col("type", "type", 't'),
                  new Col("\"value\"", "value", 't'),
                  new Col("ttl", "ttl", 'n'))),
          new Case(
              "domain_categories",
              "domain",
              "/categories",
              List.of(new Col("engine", "@key", 't'), new Col("category", "@value", 't'))));

  private final Random random = new Random(20261202L);
  private Corpus corpus;

  @Test
  void pushdownNeverChangesChildRows() throws Exception {
    try (VtSimulator sim = VtSimulator.start(SimulatorConfig.builder().scale(80).build());
        Connection pushed = VtConnections.open(sim.baseUrl(), sim.premiumKey(), true, 1000);
        Connection oracle =
            VtConnections.open(sim.baseUrl(), sim.premiumKey(), false, 1000, true)) {
      corpus = sim.corpus();
      int nonEmpty = 0;
      for (int i = 0; i < QUERIES; i++) {
        final String sql = query(CASES.get(random.nextInt(CASES.size())));
        final List<List<Object>> expected = VtConnections.rows(oracle, sql);
        assertEquals(expected, VtConnections.rows(pushed, sql), sql);
        nonEmpty += expected.isEmpty() ? 0 : 1;
      }
      assertTrue(nonEmpty > QUERIES / 3, "too few queries found rows: " + nonEmpty);
    }
  }

  /** A random statement over the case's table: parents, a filter, an order and a limit. */
  private String query(Case c) {
    final List<String> ids = new ArrayList<>(corpus.ids(c.type()));
    final List<String> parents = new ArrayList<>();
    for (int n = 1 + random.nextInt(3); parents.size() < n; ) {
      parents.add(ids.get(random.nextInt(Math.min(ids.size(), 30))));
    }
    if (random.nextInt(6) == 0) {
      parents.add(c.type().equals("file") ? "0".repeat(64) : "unknown-parent.example");
    }
    final String parentColumn = c.type() + "_id";
    final String in = parents.stream().map(p -> "'" + p + "'").collect(Collectors.joining(", "));
    final String columns =
        c.cols().stream().map(col -> "r." + col.sql()).collect(Collectors.joining(", "));
    final boolean join = random.nextBoolean();
    final StringBuilder sql =
        new StringBuilder("select r.").append(parentColumn).append(", ").append(columns);
    if (join) {
      sql.append(", p.id from ")
          .append(c.type().equals("file") ? "files" : "domains")
          .append(" p join ")
          .append(c.table())
          .append(" r on r.")
          .append(parentColumn)
          .append(" = p.id where p.id in (")
          .append(in)
          .append(')');
    } else {
      sql.append(" from ")
          .append(c.table())
          .append(" r where r.")
          .append(parentColumn)
          .append(" in (")
          .append(in)
          .append(')');
    }
    final List<String> terms = new ArrayList<>();
    for (int t = random.nextInt(3); t > 0; t--) {
      terms.add(term(c, parents));
    }
    if (!terms.isEmpty()) {
      sql.append(" and (")
          .append(String.join(random.nextBoolean() ? " and " : " or ", terms))
          .append(')');
    }
    // Every selected column orders the rows, so a LIMIT picks the same ones either way.
    sql.append(" order by r.").append(parentColumn).append(", ").append(columns);
    if (random.nextBoolean()) {
      sql.append(" limit ").append(1 + random.nextInt(12));
      if (random.nextInt(3) == 0) {
        sql.append(" offset ").append(random.nextInt(5));
      }
    }
    return sql.toString();
  }

  /** A predicate on a random column, with a value taken from a parent's records. */
  private String term(Case c, List<String> parents) {
    final Col col = c.cols().get(random.nextInt(c.cols().size()));
    final List<JsonNode> values = new ArrayList<>();
    for (String p : parents) {
      corpus
          .find(c.type(), p)
          .ifPresent(
              o -> values.addAll(fieldValues(o.at("/attributes" + c.pointer()), col.field())));
    }
    final String column = "r." + col.sql();
    if (values.isEmpty() || random.nextInt(5) == 0) {
      return column + (random.nextBoolean() ? " is null" : " is not null");
    }
    final JsonNode v = values.get(random.nextInt(values.size()));
    if (v.isNull()) {
      return column + " is null";
    }
    if (col.kind() == 'n') {
      final String[] ops = {"<", "<=", "=", ">=", ">", "<>"};
      return column + " " + ops[random.nextInt(ops.length)] + " " + v.asText();
    }
    final String text = v.asText().replace("'", "''");
    switch (random.nextInt(3)) {
      case 0:
        return column + " = '" + text + "'";
      case 1:
        return column + " like '%" + text.substring(0, Math.min(2, text.length())) + "%'";
      default:
        return "lower(" + column + ") <> '" + text.toLowerCase(Locale.ROOT) + "'";
    }
  }

  /** The values of one field of every record (a map's keys, or its scalar values). */
  private static List<JsonNode> fieldValues(JsonNode records, String field) {
    final List<JsonNode> out = new ArrayList<>();
    if (records.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = records.fields(); it.hasNext(); ) {
        final Map.Entry<String, JsonNode> e = it.next();
        out.add(
            field.equals("@key")
                ? new TextNode(e.getKey())
                : field.equals("@value") ? e.getValue() : e.getValue().path(field));
      }
    } else {
      records.forEach(r -> out.add(r.path(field)));
    }
    out.removeIf(JsonNode::isMissingNode);
    out.sort(Comparator.comparing(JsonNode::toString));
    return out;
  }
}
