package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.RequestRecord;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import io.vtsql.simulator.corpus.Corpus;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The computed {@code detection_names} column of files and urls: its values equal the corpus's
 * distinct engine results, and membership predicates push {@code engines:"x"} as a superset whose
 * exact predicate is re-checked locally.
 */
class DetectionNamesTest {
  private static VtSimulator sim;
  private static Corpus corpus;
  private static Connection conn;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().scale(200).build());
    corpus = sim.corpus();
    conn = VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of("cache", "false"));
  }

  @AfterAll
  static void stop() throws Exception {
    conn.close();
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.requests().reset();
  }

  /**
   * What the column must hold: distinct detection labels (results of malicious or suspicious
   * verdicts) in engine order.
   */
  private static List<String> detectionNames(JsonNode object) {
    final Set<String> names = new LinkedHashSet<>();
    object
        .path("attributes")
        .path("last_analysis_results")
        .forEach(
            e -> {
              final String category = e.path("category").asText();
              if (e.path("result").isTextual()
                  && (category.equals("malicious") || category.equals("suspicious"))) {
                names.add(e.path("result").asText());
              }
            });
    return new ArrayList<>(names);
  }

  private static Set<String> idsWithName(String type, String name) {
    final Set<String> ids = new TreeSet<>();
    for (ObjectNode o : corpus.all(type)) {
      if (detectionNames(o).contains(name)) {
        ids.add(o.path("id").asText());
      }
    }
    return ids;
  }

  /** A detection name some but not all objects of the type have. */
  private static String someName(String type) {
    for (ObjectNode o : corpus.all(type)) {
      for (String n : detectionNames(o)) {
        final int hits = idsWithName(type, n).size();
        if (hits > 0 && hits < corpus.all(type).size() / 2) {
          return n;
        }
      }
    }
    throw new AssertionError("no selective detection name among " + type + "s");
  }

  private static Set<String> ids(PreparedStatement s) throws SQLException {
    final Set<String> ids = new TreeSet<>();
    try (ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  /** The decoded {@code query=} parameters of every search request, in order. */
  private static List<String> searchQueries() {
    final List<String> queries = new ArrayList<>();
    for (RequestRecord r : sim.requests().records()) {
      if (r.endpoint().equals("GET /intelligence/search")) {
        for (String p : r.query().split("&")) {
          if (p.startsWith("query=")) {
            queries.add(URLDecoder.decode(p.substring(6), StandardCharsets.UTF_8));
          }
        }
      }
    }
    return queries;
  }

  @Test
  void columnHoldsTheDistinctEngineResults() throws Exception {
    final ObjectNode file = corpus.all("file").iterator().next();
    final String id = file.path("id").asText();
    try (PreparedStatement s =
        conn.prepareStatement("select detection_names from files where id = ?")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        assertTrue(rs.next());
        assertEquals(detectionNames(file), Arrays.asList((Object[]) rs.getArray(1).getArray()));
      }
    }
  }

  @Test
  void verdictWordsAreNoDetectionNames() throws Exception {
    final Set<String> seen = new TreeSet<>();
    try (PreparedStatement s =
            conn.prepareStatement("select detection_names from urls where malicious < 1 limit 50");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        for (Object o : (Object[]) rs.getArray(1).getArray()) {
          seen.add((String) o);
        }
      }
    }
    assertTrue(
        corpus.all("url").stream().anyMatch(u -> u.toString().contains("\"clean\"")),
        "the corpus has clean verdicts to leave out");
    assertFalse(seen.contains("clean") || seen.contains("unrated"), seen.toString());
  }

  @Test
  void arrayContainsPushesEnginesAndKeepsTheExactPredicate() throws Exception {
    final String name = someName("file");
    final String sql = "select id from files where array_contains(detection_names, '" + name + "')";
    final String plan = VtConnections.explain(conn, sql);
    assertTrue(plan.contains("query=entity:file engines:\"" + name + "\""), plan);
    assertTrue(plan.contains("ARRAY_CONTAINS("), plan);
    sim.requests().reset();
    try (PreparedStatement s = conn.prepareStatement(sql)) {
      assertEquals(idsWithName("file", name), ids(s));
    }
    assertEquals(List.of("entity:file engines:\"" + name + "\""), searchQueries());
  }

  @Test
  void someOnUrlsWithAParameterPushesTheBoundValue() throws Exception {
    final String name = someName("url");
    try (PreparedStatement s =
        conn.prepareStatement(
            "select id from urls where cast(? as varchar) = some(detection_names)")) {
      s.setString(1, name);
      assertEquals(idsWithName("url", name), ids(s));
    }
    assertEquals(List.of("entity:url engines:\"" + name + "\""), searchQueries());
  }

  @Test
  void substringMatchesOfTheSearchAreFilteredOut() throws Exception {
    // engines:"mal" matches every result containing "mal" (case-insensitive); no result is
    // exactly "mal", so the local predicate must drop every hit.
    final String sql = "select id from urls where cast('mal' as varchar) = some(detection_names)";
    try (PreparedStatement s = conn.prepareStatement(sql)) {
      assertEquals(Set.of(), ids(s));
    }
    assertEquals(List.of("entity:url engines:\"mal\""), searchQueries());
    assertTrue(
        corpus.all("url").stream()
            .anyMatch(
                u ->
                    detectionNames(u).stream()
                        .anyMatch(n -> n.toLowerCase(Locale.ROOT).contains("mal"))),
        "the search had hits to drop");
  }

  @Test
  void relationshipTablesOfFilesHaveTheColumn() throws Exception {
    String domain = null;
    List<String> files = List.of();
    for (String d : corpus.ids("domain")) {
      files =
          corpus.related("domain", d, "communicating_files").stream()
              .map(x -> x.path("id").asText())
              .toList();
      if (!files.isEmpty()) {
        domain = d;
        break;
      }
    }
    assertTrue(domain != null, "some domain has communicating files");
    final List<List<String>> expected = new ArrayList<>();
    for (String f : files) {
      expected.add(detectionNames(corpus.find("file", f).orElseThrow()));
    }
    final List<List<String>> actual = new ArrayList<>();
    try (PreparedStatement s =
        conn.prepareStatement(
            "select detection_names from domain_communicating_files where domain_id = ?")) {
      s.setString(1, domain);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          final List<String> row = new ArrayList<>();
          for (Object o : (Object[]) rs.getArray(1).getArray()) {
            row.add((String) o);
          }
          actual.add(row);
        }
      }
    }
    assertEquals(expected, actual);
  }
}
