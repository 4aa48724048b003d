package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import io.vtsql.simulator.corpus.Corpus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sandbox reports and crowdsourced rules over the simulator's demo corpus: a file's reports ({@code
 * file_behaviours}), their nested records (one GET of the report, or none after the reports were
 * read), and the rule tables, with the requests each query costs.
 */
class BehaviourTablesTest {
  private static final String FILE =
      "512499c2e77b6d49746f846652e0a605d61a1dcd96cf8e1b5465a682c8ddd9ab";
  private static final String REPORT = FILE + "_VirusTotal Jujubox";
  private static final String BEHAVIOURS = "GET /files/{id}/{relationship}";
  private static final String REPORT_GET = "GET /file_behaviours/{id}";

  private static VtSimulator sim;
  private static Corpus corpus;
  private static Connection conn;
  private static Connection cached;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().build());
    corpus = sim.corpus();
    conn = VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of("cache", "false"));
    cached = VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of("cache", "true"));
  }

  @AfterAll
  static void stop() throws Exception {
    cached.close();
    conn.close();
    sim.close();
  }

  @BeforeEach
  void reset() throws Exception {
    VtConnections.clearCache(conn);
    VtConnections.clearCache(cached);
    sim.requests().reset();
  }

  private static JsonNode report(String id) {
    return corpus.find("file_behaviour", id).orElseThrow().path("attributes");
  }

  private static List<String> reportIds() {
    return corpus.related("file", FILE, "behaviours").stream()
        .map(r -> r.path("id").asText())
        .toList();
  }

  @Test
  void reportsOfAFileAreOneRelationshipPage() throws Exception {
    final List<List<Object>> expected = new ArrayList<>();
    for (String id : reportIds()) {
      final JsonNode a = report(id);
      expected.add(List.of(id, a.path("sandbox_name").asText(), a.path("has_pcap").asBoolean()));
    }
    assertEquals(3, expected.size());
    assertEquals(
        expected,
        VtConnections.rows(
            conn,
            "select id, sandbox_name, has_pcap"
                + " from file_behaviours where file_id = '"
                + FILE
                + "'"));
    SimRequests.assertCount(1, () -> sim.requests().count(BEHAVIOURS));
    SimRequests.assertCount(1, () -> sim.requests().total());
  }

  @Test
  void reportIdNamesItsFile() throws Exception {
    final List<List<Object>> expected = List.of(List.of(REPORT, "VirusTotal Jujubox"));
    assertEquals(
        expected,
        VtConnections.rows(
            conn, "select id, sandbox_name from" + " file_behaviours where id = '" + REPORT + "'"));
    try (PreparedStatement ps =
        conn.prepareStatement("select id, sandbox_name from" + " file_behaviours where id = ?")) {
      ps.setString(1, REPORT);
      try (ResultSet rs = ps.executeQuery()) {
        assertEquals(expected, VtConnections.rows(rs));
      }
      ps.setString(1, "not a report id");
      try (ResultSet rs = ps.executeQuery()) {
        assertEquals(List.of(), VtConnections.rows(rs));
      }
    }
    assertEquals(
        List.of(),
        VtConnections.rows(conn, "select id from file_behaviours" + " where id = '" + FILE + "'"));
    SimRequests.assertCount(2, () -> sim.requests().count(BEHAVIOURS));
    SimRequests.assertCount(2, () -> sim.requests().total());
  }

  @Test
  void valuesChildIsOneGetOfTheReport() throws Exception {
    final List<List<Object>> expected = new ArrayList<>();
    report(REPORT).path("processes_created").forEach(v -> expected.add(List.of(v.asText())));
    assertFalse(expected.isEmpty());
    assertEquals(
        expected,
        VtConnections.rows(
            conn,
            "select \"value\" from"
                + " file_behaviour_processes_created where file_behaviour_id = '"
                + REPORT
                + "'"));
    SimRequests.assertCount(1, () -> sim.requests().count(REPORT_GET));
    SimRequests.assertCount(1, () -> sim.requests().total());
  }

  @Test
  void objectChildrenReadTheirColumns() throws Exception {
    final JsonNode a = report(REPORT);
    final List<List<Object>> dns = new ArrayList<>();
    a.path("dns_lookups")
        .forEach(
            d ->
                dns.add(
                    List.of(
                        d.path("hostname").asText(),
                        List.of(strings(d.path("resolved_ips")).toArray()))));
    assertEquals(
        dns,
        VtConnections.rows(
            conn,
            "select hostname, resolved_ips from"
                + " file_behaviour_dns_lookups where file_behaviour_id = '"
                + REPORT
                + "'"));
    final List<List<Object>> techniques = new ArrayList<>();
    a.path("mitre_attack_techniques")
        .forEach(t -> techniques.add(List.of(t.path("id").asText(), t.path("severity").asText())));
    assertEquals(
        techniques,
        VtConnections.rows(
            conn,
            "select id, severity from"
                + " file_behaviour_mitre_attack_techniques where file_behaviour_id = '"
                + REPORT
                + "'"));
    final List<List<Object>> http = new ArrayList<>();
    a.path("http_conversations")
        .forEach(
            h -> http.add(List.of(h.path("url").asText(), h.path("response_status_code").asInt())));
    assertEquals(
        http,
        VtConnections.rows(
            conn,
            "select url, response_status_code from"
                + " file_behaviour_http_conversations where file_behaviour_id = '"
                + REPORT
                + "'"));
    final List<List<Object>> sigma = new ArrayList<>();
    a.path("sigma_analysis_results")
        .forEach(
            s -> sigma.add(List.of(s.path("rule_id").asText(), s.path("rule_level").asText())));
    assertFalse(sigma.isEmpty(), "Jujubox has event logs and the file Sigma matches");
    assertEquals(
        sigma,
        VtConnections.rows(
            conn,
            "select rule_id, rule_level from"
                + " file_behaviour_sigma_analysis_results where file_behaviour_id = '"
                + REPORT
                + "'"));
    SimRequests.assertCount(4, () -> sim.requests().count(REPORT_GET));
    SimRequests.assertCount(4, () -> sim.requests().total());
  }

  @Test
  void childrenOfReportsJustReadNeedNoRequest() throws Exception {
    final List<List<Object>> expected = new ArrayList<>();
    for (String id : reportIds()) {
      final String sandbox = report(id).path("sandbox_name").asText();
      report(id)
          .path("files_dropped")
          .forEach(d -> expected.add(List.of(sandbox, d.path("sha256").asText())));
    }
    assertFalse(expected.isEmpty());
    final String sql =
        "select b.sandbox_name, d.sha256 from file_behaviours b"
            + " join file_behaviour_files_dropped d on d.file_behaviour_id = b.id"
            + " where b.file_id = '"
            + FILE
            + "'";
    assertEquals(sorted(expected), sorted(VtConnections.rows(cached, sql)));
    SimRequests.assertCount(1, () -> sim.requests().count(BEHAVIOURS));
    SimRequests.assertCount(0, () -> sim.requests().count(REPORT_GET));
  }

  @Test
  void techniqueOfRecentSamplesIsASearchAndAReportPagePerSample() throws Exception {
    final String sql =
        "select f.id, b.sandbox_name, t.severity from (select id from files"
            + " where type_tag = 'peexe' and malicious > 5 order by first_submission_date desc"
            + " limit 20) f join file_behaviours b on b.file_id = f.id"
            + " join file_behaviour_mitre_attack_techniques t on t.file_behaviour_id = b.id"
            + " where t.id = 'T1055'";
    final List<List<Object>> rows = VtConnections.rows(cached, sql);
    assertFalse(rows.isEmpty());
    for (List<Object> row : rows) {
      assertTrue(
          corpus.relatedRefs("file", row.get(0).toString(), "related_attack_techniques").stream()
              .anyMatch(r -> r.id().equals("T1055")));
    }
    SimRequests.assertCount(1, () -> sim.requests().count("GET /intelligence/search"));
    assertTrue(sim.requests().count(BEHAVIOURS) <= 20, "one report page per sample at most");
    SimRequests.assertCount(0, () -> sim.requests().count(REPORT_GET));
  }

  @Test
  void rulesetsAndSigmaRulesArePointLookups() throws Exception {
    final JsonNode set = corpus.find("yara_ruleset", "3aee08d4e2").orElseThrow().path("attributes");
    assertEquals(
        List.of(List.of(set.path("name").asText(), set.path("source").asText())),
        VtConnections.rows(
            conn, "select name, source from yara_rulesets" + " where id = '3aee08d4e2'"));
    final String sigmaId = corpus.ids("sigma_rule").get(0);
    final JsonNode sigma = corpus.find("sigma_rule", sigmaId).orElseThrow().path("attributes");
    assertEquals(
        List.of(
            List.of(
                sigma.path("title").asText(), sigma.path("log_source").path("category").asText())),
        VtConnections.rows(
            conn, "select title, log_category from sigma_rules" + " where id = '" + sigmaId + "'"));
    assertEquals(
        List.of(List.of("win_emotet_auto", true)),
        VtConnections.rows(
            conn, "select name, enabled from yara_rules where id = '3aee08d4e2|win_emotet_auto'"));
    SimRequests.assertCount(1, () -> sim.requests().count("GET /yara_rulesets/{id}"));
    SimRequests.assertCount(1, () -> sim.requests().count("GET /sigma_rules/{id}"));
    SimRequests.assertCount(1, () -> sim.requests().count("GET /yara_rules/{id}"));
    SimRequests.assertCount(3, () -> sim.requests().total());
  }

  @Test
  void yaraRuleFiltersAndOrderArePushed() throws Exception {
    final List<List<Object>> expected = new ArrayList<>();
    corpus.all("yara_rule").stream()
        .filter(r -> strings(r.path("attributes").path("threat_categories")).contains("trojan"))
        .sorted(
            (x, y) ->
                Integer.compare(
                    y.path("attributes").path("matches").asInt(),
                    x.path("attributes").path("matches").asInt()))
        .forEach(
            r ->
                expected.add(
                    List.of(r.path("id").asText(), r.path("attributes").path("matches").asInt())));
    assertTrue(expected.size() > 3, "enough trojan rules");
    final String sql =
        "select id, \"matches\" from yara_rules"
            + " where array_contains(threat_categories, 'trojan') order by \"matches\" desc";
    final String plan = VtConnections.explain(conn, sql);
    assertTrue(plan.contains("threat_category:"), plan);
    assertTrue(plan.contains("matches-"), plan);
    final List<List<Object>> rows = VtConnections.rows(conn, sql);
    assertEquals(sorted(expected), sorted(rows));
    assertEquals(
        expected.stream().map(r -> r.get(1)).toList(),
        rows.stream().map(r -> r.get(1)).toList(),
        "ordered by matches");
    SimRequests.assertCount(
        (expected.size() + 39) / 40, () -> sim.requests().count("GET /yara_rules"));
  }

  @Test
  void limitedYaraRuleListIsOnePage() throws Exception {
    final String author =
        corpus
            .find("yara_rule", "3aee08d4e2|win_emotet_auto")
            .orElseThrow()
            .path("attributes")
            .path("author")
            .asText();
    final List<List<Object>> rows =
        VtConnections.rows(
            conn,
            "select id, author from yara_rules"
                + " where author = '"
                + author
                + "' order by creation_date desc limit 5");
    assertEquals(5, rows.size());
    rows.forEach(r -> assertEquals(author, r.get(1)));
    SimRequests.assertCount(1, () -> sim.requests().count("GET /yara_rules"));
    SimRequests.assertCount(1, () -> sim.requests().total());
  }

  private static List<String> strings(JsonNode array) {
    final List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  private static List<String> sorted(List<List<Object>> rows) {
    return rows.stream().map(Object::toString).sorted().toList();
  }
}
