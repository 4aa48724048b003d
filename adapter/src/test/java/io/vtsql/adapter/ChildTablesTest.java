package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import io.vtsql.simulator.corpus.Corpus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Child tables of the core objects and the {@code /metadata} tables over the demo corpus: rows
 * equal the corpus records (expected values read here from the corpus JSON, independently of the
 * catalogue), a child table costs one GET per distinct parent and none when the statement also
 * reads the parent, unknown parents give no rows, and /metadata costs one request.
 */
class ChildTablesTest {
  private static final String FILE_GET = "GET /files/{id}";

  private static VtSimulator sim;
  private static Corpus corpus;

  /** Response cache off: request counts are exact. */
  private static Connection exact;

  /** Default settings: the object cache serves parents already read in the statement. */
  private static Connection cached;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().build());
    corpus = sim.corpus();
    exact = VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of("cache", "false"));
    cached = VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of());
  }

  @AfterAll
  static void stop() throws Exception {
    exact.close();
    cached.close();
    sim.close();
  }

  @BeforeEach
  void reset() throws Exception {
    VtConnections.clearCache(exact);
    VtConnections.clearCache(cached);
    sim.requests().reset();
  }

  /**
   * Table, parent type, JSON pointer of the records, SQL columns and the record fields they hold
   * ({@code @key}: the map key, {@code @value}: the scalar; {@code :long}/{@code :double}/ {@code
   * :list} type the JSON value, else text, int or boolean as it is).
   */
  static Stream<Arguments> tables() {
    return Stream.of(
        Arguments.of(
            "file_last_analysis_results",
            "file",
            "/last_analysis_results",
            "engine, category, \"result\", engine_version",
            List.of("@key", "category", "result", "engine_version")),
        Arguments.of(
            "file_crowdsourced_yara_results",
            "file",
            "/crowdsourced_yara_results",
            "ruleset_id, rule_name, author, match_in_subfile",
            List.of("ruleset_id", "rule_name", "author", "match_in_subfile")),
        Arguments.of(
            "file_sigma_analysis_results",
            "file",
            "/sigma_analysis_results",
            "rule_id, rule_level, rule_title",
            List.of("rule_id", "rule_level", "rule_title")),
        Arguments.of(
            "file_crowdsourced_ids_results",
            "file",
            "/crowdsourced_ids_results",
            "rule_id, alert_severity, rule_msg",
            List.of("rule_id", "alert_severity", "rule_msg")),
        Arguments.of(
            "file_sandbox_verdicts",
            "file",
            "/sandbox_verdicts",
            "sandbox, category, confidence, malware_classification",
            List.of("@key", "category", "confidence", "malware_classification:list")),
        Arguments.of(
            "file_popular_threat_classification_popular_threat_name",
            "file",
            "/popular_threat_classification/popular_threat_name",
            "\"value\", \"count\"",
            List.of("value", "count")),
        Arguments.of(
            "file_popular_threat_classification_popular_threat_category",
            "file",
            "/popular_threat_classification/popular_threat_category",
            "\"value\", \"count\"",
            List.of("value", "count")),
        Arguments.of(
            "file_pe_info_sections",
            "file",
            "/pe_info/sections",
            "name, entropy, chi2, raw_size",
            List.of("name", "entropy:double", "chi2:double", "raw_size:long")),
        Arguments.of(
            "file_pe_info_import_list",
            "file",
            "/pe_info/import_list",
            "library_name, imported_functions",
            List.of("library_name", "imported_functions:list")),
        Arguments.of(
            "url_last_analysis_results",
            "url",
            "/last_analysis_results",
            "engine, category, \"result\"",
            List.of("@key", "category", "result")),
        Arguments.of(
            "url_categories", "url", "/categories", "engine, category", List.of("@key", "@value")),
        Arguments.of(
            "domain_last_dns_records",
            "domain",
            "/last_dns_records",
            "type, \"value\", ttl, priority",
            List.of("type", "value", "ttl", "priority")),
        Arguments.of(
            "domain_categories",
            "domain",
            "/categories",
            "engine, category",
            List.of("@key", "@value")),
        Arguments.of(
            "domain_popularity_ranks",
            "domain",
            "/popularity_ranks",
            "ranker, \"rank\"",
            List.of("@key", "rank")),
        Arguments.of(
            "domain_last_analysis_results",
            "domain",
            "/last_analysis_results",
            "engine, category",
            List.of("@key", "category")),
        Arguments.of(
            "ip_address_last_analysis_results",
            "ip_address",
            "/last_analysis_results",
            "engine, category",
            List.of("@key", "category")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tables")
  void childRowsAreTheParentRecordsForOneRequest(
      String table, String type, String pointer, String columns, List<String> fields)
      throws Exception {
    final ObjectNode parent =
        corpus.all(type).stream()
            .filter(o -> o.at("/attributes" + pointer).size() > 0)
            .findFirst()
            .orElseThrow();
    final String id = parent.get("id").asText();
    final List<List<Object>> expected = new ArrayList<>();
    for (Map.Entry<String, JsonNode> record : records(parent.at("/attributes" + pointer))) {
      final List<Object> row = new ArrayList<>();
      row.add(id);
      fields.forEach(f -> row.add(value(record, f)));
      expected.add(row);
    }
    assertEquals(
        expected,
        VtConnections.rows(
            exact,
            "select " + type + "_id, " + columns + " from " + table + " where " + type + "_id = '"
                + id + "'"));
    SimRequests.assertCount(1, () -> sim.requests().total());
  }

  @Test
  void severalParentsCostOneRequestEach() throws Exception {
    final List<String> files = corpus.ids("file").subList(0, 3);
    long sections = 0;
    for (String f : files) {
      sections += corpus.find("file", f).orElseThrow().at("/attributes/pe_info/sections").size();
    }
    final List<List<Object>> rows =
        VtConnections.rows(
            exact,
            "select file_id, name from"
                + " file_pe_info_sections where file_id in ('"
                + String.join("', '", files)
                + "', '"
                + files.get(0)
                + "')");
    assertEquals(sections, rows.size());
    SimRequests.assertCount(3, () -> sim.requests().count(FILE_GET));
    SimRequests.assertCount(3, () -> sim.requests().total());
  }

  @Test
  void unknownParentsGiveNoRows() throws Exception {
    assertEquals(
        List.of(),
        VtConnections.rows(
            exact,
            "select * from file_pe_info_sections" + " where file_id = '" + "0".repeat(64) + "'"));
    SimRequests.assertCount(1, () -> sim.requests().total());
    sim.requests().reset();
    assertEquals(
        List.of(),
        VtConnections.rows(
            exact,
            "select * from domain_last_dns_records"
                + " where domain_id = 'no-such-domain.example'"));
    SimRequests.assertCount(1, () -> sim.requests().total());
    sim.requests().reset();
    // An id no file can have is known to be absent without asking.
    assertEquals(
        List.of(),
        VtConnections.rows(
            exact, "select * from file_sandbox_verdicts" + " where file_id = 'not-a-hash'"));
    SimRequests.assertCount(0, () -> sim.requests().total());
  }

  @Test
  void joinWithTheParentTableReadsTheParentOnce() throws Exception {
    final String f0 = corpus.ids("file").get(0);
    final ObjectNode file = corpus.find("file", f0).orElseThrow();
    final List<List<Object>> rows =
        VtConnections.rows(
            cached,
            "select f.meaningful_name,"
                + " r.engine, r.\"result\" from files f join file_last_analysis_results r"
                + " on r.file_id = f.id where f.id = '"
                + f0
                + "'");
    assertEquals(file.at("/attributes/last_analysis_results").size(), rows.size());
    assertEquals(file.at("/attributes/meaningful_name").asText(), rows.get(0).get(0));
    SimRequests.assertCount(1, () -> sim.requests().count(FILE_GET));
    SimRequests.assertCount(1, () -> sim.requests().total());
  }

  @Test
  void childrenOfSearchResultsCostNoRequest() throws Exception {
    final long expected =
        corpus.all("file").stream()
            .filter(f -> f.at("/attributes/last_analysis_stats/malicious").asInt() >= 40)
            .mapToLong(f -> f.at("/attributes/pe_info/sections").size())
            .sum();
    assertTrue(expected > 0, "some sections of files with 40 detections");
    final List<List<Object>> rows =
        VtConnections.rows(
            cached,
            "select f.id, s.name, s.entropy"
                + " from files f join file_pe_info_sections s on s.file_id = f.id"
                + " where f.malicious >= 40");
    assertEquals(expected, rows.size());
    SimRequests.assertCount(0, () -> sim.requests().count(FILE_GET));
    assertTrue(sim.requests().total() > 0);
  }

  @Test
  void certificateColumnsReadTextDates() throws Exception {
    final ObjectNode domain = corpus.find("domain", "files-host.top").orElseThrow();
    final JsonNode cert = domain.at("/attributes/last_https_certificate");
    final List<List<Object>> rows =
        VtConnections.rows(
            exact,
            "select"
                + " https_certificate_subject_cn, https_certificate_issuer_cn,"
                + " cast(https_certificate_not_after as varchar),"
                + " https_certificate_thumbprint_sha256 from domains where id = 'files-host.top'");
    assertEquals(
        List.of(
            List.of(
                cert.at("/subject/CN").asText(),
                cert.at("/issuer/CN").asText(),
                cert.at("/validity/not_after").asText(),
                cert.get("thumbprint_sha256").asText())),
        rows);
  }

  @Test
  void metadataTablesCostOneRequest() throws Exception {
    final JsonNode data =
        new ObjectMapper()
            .readTree(
                HttpClient.newHttpClient()
                    .send(
                        HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/metadata"))
                            .header("x-apikey", sim.premiumKey())
                            .build(),
                        HttpResponse.BodyHandlers.ofString())
                    .body())
            .get("data");
    sim.requests().reset();
    final List<List<Object>> engines = new ArrayList<>();
    data.get("engines").fieldNames().forEachRemaining(e -> engines.add(List.of(e)));
    final List<List<Object>> privileges = new ArrayList<>();
    data.get("privileges").forEach(p -> privileges.add(List.of(p.asText())));
    assertFalse(engines.isEmpty());
    assertEquals(engines, VtConnections.rows(exact, "select engine from metadata_engines"));
    SimRequests.assertCount(1, () -> sim.requests().count("GET /metadata"));
    assertEquals(
        privileges, VtConnections.rows(exact, "select privilege from" + " metadata_privileges"));
    SimRequests.assertCount(2, () -> sim.requests().total());

    // Both tables of one statement, and a later statement, share one cached document.
    sim.requests().reset();
    assertEquals(
        List.of(List.of((long) engines.size() * privileges.size())),
        VtConnections.rows(
            cached, "select count(*) from metadata_engines" + " cross join metadata_privileges"));
    assertEquals(
        List.of(List.of(1L)),
        VtConnections.rows(
            cached, "select count(*) from metadata_engines where engine = 'ClamAV'"));
    SimRequests.assertCount(1, () -> sim.requests().total());
  }

  @Test
  void explainCountsTheDocumentRequest() throws Exception {
    final String plan = VtConnections.explain(exact, "select * from metadata_privileges");
    assertTrue(
        plan.endsWith("-- VirusTotal requests: at most 1 (fewer when responses are" + " cached)\n"),
        plan);
    SimRequests.assertCount(0, () -> sim.requests().total());
  }

  /** The records of a map (entries) or array (entries keyed by position) in order. */
  private static List<Map.Entry<String, JsonNode>> records(JsonNode node) {
    final List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        out.add(it.next());
      }
    } else {
      node.forEach(e -> out.add(Map.entry(Integer.toString(out.size()), e)));
    }
    return out;
  }

  private static Object value(Map.Entry<String, JsonNode> record, String field) {
    if (field.equals("@key")) {
      return record.getKey();
    }
    final String[] nameAndType = field.split(":");
    final JsonNode v =
        nameAndType[0].equals("@value")
            ? record.getValue()
            : record.getValue().path(nameAndType[0]);
    if (v.isMissingNode() || v.isNull()) {
      return null;
    }
    final String type = nameAndType.length > 1 ? nameAndType[1] : "";
    switch (type) {
      case "long":
        return v.longValue();
      case "double":
        return v.doubleValue();
      case "list":
        final List<String> list = new ArrayList<>();
        v.forEach(e -> list.add(e.asText()));
        return list;
      default:
        return v.isInt()
            ? (Object) v.intValue()
            : v.isBoolean() ? (Object) v.booleanValue() : v.asText();
    }
  }
}
