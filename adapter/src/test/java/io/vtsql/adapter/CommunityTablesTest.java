package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The community and analyses tables end to end against the simulator's default corpus (the
 * catalogue's example ids are seed-42 ids): comments listed newest first with {@code tag:} pushed,
 * point lookups of comments, votes, submissions, resolutions and analyses, an analysis's engine
 * verdicts, the popular threat categories, and the relationships reaching them, each with its
 * request count.
 */
class CommunityTablesTest {
  private static final String FILE =
      "512499c2e77b6d49746f846652e0a605d61a1dcd96cf8e1b5465a682c8ddd9ab";
  private static final String ANALYSIS = "f-" + FILE + "-1766532679";
  private static final String URL =
      "9e5a047daa4994b340be09b5d04352cdc21b13854a8808dc518cf3cae1abeecd";
  private static VtSimulator sim;
  private static Connection pushed;
  private static Connection oracle;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().build());
    pushed = VtConnections.open(sim.baseUrl(), sim.premiumKey(), true, 100);
    oracle = VtConnections.open(sim.baseUrl(), sim.premiumKey(), false, 1000, true);
  }

  @AfterAll
  static void stop() throws SQLException {
    pushed.close();
    oracle.close();
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.requests().reset();
  }

  @Test
  void commentsOfATagComeNewestFirstFromOnePage() throws Exception {
    final List<List<Object>> rows =
        VtConnections.rows(
            pushed,
            "SELECT id, \"date\", tags"
                + " FROM comments WHERE ARRAY_CONTAINS(tags, 'emotet') LIMIT 5");
    assertEquals(5, rows.size());
    for (int i = 0; i < rows.size(); i++) {
      assertTrue(((List<?>) rows.get(i).get(2)).contains("emotet"), rows.get(i).toString());
      if (i > 0) {
        assertFalse(
            ((Timestamp) rows.get(i).get(1)).after((Timestamp) rows.get(i - 1).get(1)),
            "newest first: " + rows);
      }
    }
    SimRequests.assertCount(1, () -> sim.requests().count("GET /comments"));
    // tag: matches a tag ignoring case, ARRAY_CONTAINS does not: the term is a superset, kept
    // locally, so the page is a full one
    final String query =
        URLDecoder.decode(sim.requests().records().get(0).query(), StandardCharsets.UTF_8);
    assertTrue(query.contains("filter=tag:\"emotet\"") && query.contains("limit=40"), query);
  }

  @Test
  void commentsNeedAConditionOrALimit() throws Exception {
    final SQLException e =
        assertThrows(
            SQLException.class, () -> VtConnections.rows(pushed, "SELECT id FROM comments"));
    assertTrue(e.getMessage().contains("LIMIT"), e.getMessage());
    SimRequests.assertCount(0, () -> sim.requests().total());
    assertEquals(3, VtConnections.rows(pushed, "SELECT id FROM comments LIMIT 3").size());
    SimRequests.assertCount(1, () -> sim.requests().total());
  }

  @ParameterizedTest
  @CsvSource({
    "comments, f-512499c2e77b6d49746f846652e0a605d61a1dcd96cf8e1b5465a682c8ddd9ab-b1fc12de,"
        + " f-0000000000000000000000000000000000000000000000000000000000000000-00000000",
    "votes, f-512499c2e77b6d49746f846652e0a605d61a1dcd96cf8e1b5465a682c8ddd9ab-b8f69c01,"
        + " f-0000000000000000000000000000000000000000000000000000000000000000-00000000",
    "submissions,"
        + " u-9e5a047daa4994b340be09b5d04352cdc21b13854a8808dc518cf3cae1abeecd-1766421774,"
        + " u-0000000000000000000000000000000000000000000000000000000000000000-1",
    "resolutions, 104.21.149.91cdn3.files-soft.top, 10.0.0.1nothing.example",
    "analyses, f-512499c2e77b6d49746f846652e0a605d61a1dcd96cf8e1b5465a682c8ddd9ab-1766532679,"
        + " u-0000000000000000000000000000000000000000000000000000000000000000-1"
  })
  void pointLookupsCostOneRequestEach(String table, String known, String unknown) throws Exception {
    assertEquals(
        List.of(List.of(known)),
        VtConnections.rows(pushed, "SELECT id FROM " + table + " WHERE id = '" + known + "'"));
    SimRequests.assertCount(1, () -> sim.requests().total());
    sim.requests().reset();
    assertEquals(
        List.of(),
        VtConnections.rows(pushed, "SELECT id FROM " + table + " WHERE id = '" + unknown + "'"));
    SimRequests.assertCount(1, () -> sim.requests().total());
  }

  @ParameterizedTest
  @CsvSource({
    "comments, a/b",
    "votes, ..",
    "submissions, '?x'",
    "analyses, '#1'",
    "resolutions, github.com",
    "resolutions, 140.82.114.3",
    "resolutions, 999.1.1.1x.com"
  })
  void impossibleIdsCostNothing(String table, String id) throws Exception {
    assertEquals(
        List.of(),
        VtConnections.rows(pushed, "SELECT id FROM " + table + " WHERE id = '" + id + "'"));
    SimRequests.assertCount(0, () -> sim.requests().total());
  }

  @Test
  void resolutionColumnsSplitTheIdIntoAddressAndHost() throws Exception {
    assertEquals(
        List.of(List.of("104.21.149.91", "cdn3.files-soft.top", "Cluster25")),
        VtConnections.rows(
            pushed,
            "SELECT ip_address, host_name, resolver FROM resolutions"
                + " WHERE id = '104.21.149.91cdn3.files-soft.top'"));
  }

  @Test
  void analysisVerdictsAgreeWithItsStats() throws Exception {
    final List<List<Object>> stats =
        VtConnections.rows(
            pushed,
            "SELECT status, malicious,"
                + " suspicious, undetected, timeout FROM analyses WHERE id = '"
                + ANALYSIS
                + "'");
    assertEquals(List.of(List.of("completed", 20, 2, 49, 1)), stats);
    sim.requests().reset();
    final List<List<Object>> verdicts =
        VtConnections.rows(
            pushed,
            "SELECT category, COUNT(*)"
                + " FROM analysis_results WHERE analysis_id = '"
                + ANALYSIS
                + "' GROUP BY category"
                + " ORDER BY category");
    assertTrue(verdicts.contains(List.of("malicious", 20L)), verdicts.toString());
    assertTrue(verdicts.contains(List.of("undetected", 49L)), verdicts.toString());
    SimRequests.assertCount(1, () -> sim.requests().count("GET /analyses/{id}"));
  }

  @Test
  void relationshipsReachTheCommunityTypesWithTheirOwnColumns() throws Exception {
    final List<List<Object>> analyses =
        VtConnections.rows(
            pushed, "SELECT id, status FROM" + " file_analyses WHERE file_id = '" + FILE + "'");
    assertEquals(List.of(List.of(ANALYSIS, "completed")), analyses);
    final List<List<Object>> votes =
        VtConnections.rows(
            pushed,
            "SELECT verdict, \"value\""
                + " FROM file_votes WHERE file_id = '"
                + FILE
                + "' LIMIT 3");
    assertEquals(3, votes.size());
    votes.forEach(
        v -> assertTrue(List.of("harmless", "malicious").contains(v.get(0)), v.toString()));
    assertEquals(
        2,
        VtConnections.rows(
                pushed,
                "SELECT id, \"date\" FROM url_submissions"
                    + " WHERE url_id = '"
                    + URL
                    + "' LIMIT 2")
            .size());
    final List<List<Object>> comments =
        VtConnections.rows(
            pushed,
            "SELECT c.id, c.text FROM" + " file_comments c WHERE c.file_id = '" + FILE + "'");
    assertEquals(12, comments.size());
    final List<List<Object>> resolutions =
        VtConnections.rows(
            pushed,
            "SELECT ip_address,"
                + " host_name FROM domain_resolutions WHERE domain_id = 'files-host.top' LIMIT 2");
    resolutions.forEach(r -> assertEquals("files-host.top", r.get(1)));
    SimRequests.assertCount(5, () -> sim.requests().total());
  }

  @Test
  void anAnalysisNamesTheObjectItAnalysed() throws Exception {
    assertEquals(
        List.of(List.of("file", FILE)),
        VtConnections.rows(
            pushed,
            "SELECT target_type, target_id FROM analysis_item WHERE analysis_id = '"
                + ANALYSIS
                + "'"));
    SimRequests.assertCount(1, () -> sim.requests().total());
  }

  @Test
  void analysisVerdictsJoinTheFilesAnalyses() throws Exception {
    final List<List<Object>> rows =
        VtConnections.rows(
            pushed,
            "SELECT r.engine, r.\"result\""
                + " FROM file_analyses a JOIN analysis_results r ON r.analysis_id = a.id"
                + " WHERE a.file_id = '"
                + FILE
                + "' AND r.category = 'malicious'");
    assertEquals(20, rows.size());
  }

  @Test
  void popularThreatCategoriesAreOneRequestWithoutLimit() throws Exception {
    final List<List<Object>> rows =
        VtConnections.rows(pushed, "SELECT category FROM popular_threat_categories");
    assertEquals(14, rows.size());
    assertTrue(rows.contains(List.of("trojan")), rows.toString());
    SimRequests.assertCount(1, () -> sim.requests().count("GET /popular_threat_categories"));
    sim.requests().reset();
    assertEquals(
        List.of(List.of("ransomware")),
        VtConnections.rows(
            pushed, "SELECT category FROM popular_threat_categories WHERE category LIKE 'ran%'"));
    assertEquals(
        List.of(List.of("adware"), List.of("banker")),
        VtConnections.rows(
            pushed, "SELECT category FROM popular_threat_categories ORDER BY category LIMIT 2"));
    SimRequests.assertCount(2, () -> sim.requests().total());
    assertTrue(
        VtConnections.explain(pushed, "SELECT * FROM popular_threat_categories")
            .contains("GET /popular_threat_categories (one request: the whole list)"));
  }

  /** Pushed {@code tag:} terms return exactly what the oracle filters locally, in order. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "ARRAY_CONTAINS(tags, 'phishing')",
        "ARRAY_CONTAINS(tags, 'emotet') AND ARRAY_CONTAINS(tags, 'maldoc')",
        "ARRAY_CONTAINS(tags, 'fp')",
        "ARRAY_CONTAINS(tags, 'no-such-tag')",
        "ARRAY_CONTAINS(tags, 'c2') OR ARRAY_CONTAINS(tags, 'bruteforce')",
        "NOT ARRAY_CONTAINS(tags, 'phishing') AND votes_positive >= 0",
        "ARRAY_CONTAINS(tags, 'phishing') AND \"date\" > TIMESTAMP '2025-12-20 00:00:00'"
      })
  void pushedTagFiltersReturnTheOraclesRows(String where) throws Exception {
    final String sql = "SELECT id, \"date\", tags FROM comments WHERE " + where + " LIMIT 45";
    assertEquals(VtConnections.rows(oracle, sql), VtConnections.rows(pushed, sql), sql);
  }

  /** A child table and the value list give the oracle's rows (pushdown off). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT engine FROM analysis_results WHERE analysis_id = '"
            + ANALYSIS
            + "'"
            + " AND category = 'malicious' ORDER BY engine",
        "SELECT category FROM popular_threat_categories WHERE category IN ('trojan', 'worm', 'x')"
            + " ORDER BY category"
      })
  void childAndValueListReturnTheOraclesRows(String sql) throws Exception {
    assertEquals(VtConnections.rows(oracle, sql), VtConnections.rows(pushed, sql), sql);
  }

  /**
   * The id-only tables have no scan for an oracle to filter, so their two access paths are compared
   * instead: objects read through a relationship equal the same ids looked up.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "file_votes; file_id; " + FILE + "; votes; id, verdict, \"value\", \"date\"",
        "url_submissions; url_id; " + URL + "; submissions; id, \"date\"",
        "domain_resolutions; domain_id; files-host.top; resolutions;"
            + " id, ip_address, host_name, resolver, host_name_malicious",
        "file_analyses; file_id; " + FILE + "; analyses; id, \"date\", status, malicious",
        "file_comments; file_id; " + FILE + "; comments; id, text, tags, votes_positive"
      })
  void relationshipRowsEqualTheirPointLookups(
      String relationship, String parent, String parentId, String table, String columns)
      throws Exception {
    final List<List<Object>> related =
        VtConnections.rows(
            pushed,
            "SELECT "
                + columns
                + " FROM "
                + relationship
                + " WHERE "
                + parent
                + " = '"
                + parentId
                + "' ORDER BY id"
                + " LIMIT 8");
    assertFalse(related.isEmpty(), relationship);
    final String ids =
        related.stream().map(r -> "'" + r.get(0) + "'").collect(Collectors.joining(", "));
    assertEquals(
        related,
        VtConnections.rows(
            pushed,
            "SELECT " + columns + " FROM " + table + " WHERE id IN (" + ids + ") ORDER BY id"),
        relationship);
  }

  /** The analyst question of sql-examples/20-latest-comments-tagged.sql. */
  @Test
  void latestCommentsTaggedWithAFamily() throws Exception {
    final List<List<Object>> rows = VtConnections.rows(pushed, example("20"));
    assertEquals(10, rows.size());
  }

  /** The analyst question of sql-examples/21-engine-verdicts-of-an-analysis.sql. */
  @Test
  void engineVerdictsOfAnAnalysis() throws Exception {
    final List<List<Object>> rows = VtConnections.rows(pushed, example("21"));
    assertEquals(22, rows.size());
    SimRequests.assertCount(1, () -> sim.requests().total());
  }

  private static String example(String number) throws Exception {
    try (var files = Files.list(Path.of("").toAbsolutePath().getParent().resolve("sql-examples"))) {
      final Path file =
          files
              .filter(p -> p.getFileName().toString().startsWith(number + "-"))
              .findFirst()
              .orElseThrow();
      return Files.readString(file).strip().replaceAll(";$", "");
    }
  }
}
