package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The child tables of a file's behaviour summary and MITRE trees over the simulator's demo corpus:
 * rows equal what {@code GET /files/{id}/behaviour_summary} and {@code .../behaviour_mitre_trees}
 * serve, one request per distinct file, none for an id no file can have.
 */
class BehaviourSummaryTablesTest {
  private static final String FILE =
      "512499c2e77b6d49746f846652e0a605d61a1dcd96cf8e1b5465a682c8ddd9ab";
  private static final String SUMMARY = "GET /files/{id}/behaviour_summary";
  private static final String TREES = "GET /files/{id}/behaviour_mitre_trees";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static VtSimulator sim;
  private static Connection conn;
  private static JsonNode summary;
  private static JsonNode trees;
  private static String withoutReports;
  private static String networked;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().build());
    conn = VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of("cache", "false"));
    networked =
        sim.corpus().ids("file").stream()
            .filter(BehaviourSummaryTablesTest::hasNetworkAndTechniques)
            .findFirst()
            .orElseThrow();
    summary = served("/files/" + networked + "/behaviour_summary");
    trees = served("/files/" + FILE + "/behaviour_mitre_trees");
    withoutReports =
        sim.corpus().ids("file").stream()
            .filter(id -> sim.corpus().relatedRefs("file", id, "behaviours").isEmpty())
            .findFirst()
            .orElseThrow();
  }

  @AfterAll
  static void stop() throws Exception {
    conn.close();
    sim.close();
  }

  @BeforeEach
  void reset() throws Exception {
    VtConnections.clearCache(conn);
    sim.requests().reset();
  }

  /** Whether a report of the file has DNS lookups, network flows and ATT&CK techniques. */
  private static boolean hasNetworkAndTechniques(String file) {
    return sim.corpus().relatedRefs("file", file, "behaviours").stream()
        .map(r -> sim.corpus().find(r.type(), r.id()).orElseThrow().path("attributes"))
        .anyMatch(
            a ->
                !a.path("dns_lookups").isEmpty()
                    && !a.path("ip_traffic").isEmpty()
                    && !a.path("mitre_attack_techniques").isEmpty());
  }

  /** The {@code data} the simulator serves at {@code path}. */
  private static JsonNode served(String path) throws Exception {
    final HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
                    .header("x-apikey", sim.premiumKey())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), path);
    return JSON.readTree(response.body()).get("data");
  }

  @Test
  void summaryListsAreTheServedSummary() throws Exception {
    final List<List<Object>> processes = new ArrayList<>();
    summary.path("processes_created").forEach(p -> processes.add(List.of(networked, p.asText())));
    final List<List<Object>> dns = new ArrayList<>();
    summary
        .path("dns_lookups")
        .forEach(
            d -> dns.add(List.of(d.path("hostname").asText(), strings(d.path("resolved_ips")))));
    final List<List<Object>> techniques = new ArrayList<>();
    summary
        .path("mitre_attack_techniques")
        .forEach(t -> techniques.add(List.of(t.path("id").asText(), t.path("severity").asText())));
    final List<List<Object>> traffic = new ArrayList<>();
    summary
        .path("ip_traffic")
        .forEach(
            t ->
                traffic.add(
                    List.of(
                        t.path("destination_ip").asText(), t.path("destination_port").asInt())));
    assertFalse(processes.isEmpty() || dns.isEmpty() || techniques.isEmpty() || traffic.isEmpty());
    final String where = " where file_id = '" + networked + "'";
    assertEquals(
        processes,
        VtConnections.rows(
            conn,
            "select file_id, \"value\" from file_behaviour_summary_processes_created" + where));
    assertEquals(
        dns,
        VtConnections.rows(
            conn, "select hostname, resolved_ips from file_behaviour_summary_dns_lookups" + where));
    assertEquals(
        techniques,
        VtConnections.rows(
            conn,
            "select id, severity from file_behaviour_summary_mitre_attack_techniques" + where));
    assertEquals(
        traffic,
        VtConnections.rows(
            conn,
            "select destination_ip, destination_port from file_behaviour_summary_ip_traffic"
                + where));
    SimRequests.assertCount(4, () -> sim.requests().count(SUMMARY));
    SimRequests.assertCount(4, () -> sim.requests().total());
  }

  @Test
  void mitreTreesHaveARowPerSandboxTacticAndTechnique() throws Exception {
    final List<List<Object>> expected = new ArrayList<>();
    trees
        .fields()
        .forEachRemaining(
            sandbox ->
                sandbox
                    .getValue()
                    .path("tactics")
                    .forEach(
                        tactic ->
                            tactic
                                .path("techniques")
                                .forEach(
                                    t ->
                                        expected.add(
                                            List.of(
                                                sandbox.getKey(),
                                                tactic.path("id").asText(),
                                                tactic.path("name").asText(),
                                                t.path("id").asText(),
                                                t.path("name").asText(),
                                                t.path("signatures"))))));
    assertFalse(expected.isEmpty());
    final List<List<Object>> rows = new ArrayList<>();
    for (List<Object> row :
        VtConnections.rows(
            conn,
            "select sandbox, tactic_id, tactic_name, technique_id, technique_name, signatures"
                + " from file_behaviour_mitre_trees where file_id = '"
                + FILE
                + "'")) {
      final List<Object> parsed = new ArrayList<>(row.subList(0, 5));
      parsed.add(JSON.readTree((String) row.get(5)));
      rows.add(parsed);
    }
    assertEquals(expected, rows);
    SimRequests.assertCount(1, () -> sim.requests().count(TREES));
    SimRequests.assertCount(1, () -> sim.requests().total());
  }

  @Test
  void oneRequestPerDistinctFileAndNoneForAnImpossibleHash() throws Exception {
    final List<List<Object>> rows =
        VtConnections.rows(
            conn,
            "select distinct file_id from file_behaviour_mitre_trees where file_id in ('"
                + FILE
                + "', '"
                + withoutReports
                + "', '"
                + FILE
                + "', 'not a hash')");
    assertEquals(List.of(List.of(FILE)), rows);
    SimRequests.assertCount(2, () -> sim.requests().count(TREES));
    SimRequests.assertCount(2, () -> sim.requests().total());
    sim.requests().reset();
    assertEquals(
        List.of(),
        VtConnections.rows(
            conn, "select * from file_behaviour_summary_dns_lookups where file_id = 'zz'"));
    SimRequests.assertCount(0, () -> sim.requests().total());
  }

  @Test
  void fileWithoutReportsHasNoRows() throws Exception {
    final String where = " where file_id = '" + withoutReports + "'";
    assertEquals(
        List.of(), VtConnections.rows(conn, "select * from file_behaviour_mitre_trees" + where));
    assertEquals(
        List.of(),
        VtConnections.rows(
            conn, "select * from file_behaviour_summary_command_executions" + where));
    SimRequests.assertCount(1, () -> sim.requests().count(TREES));
    SimRequests.assertCount(1, () -> sim.requests().count(SUMMARY));
    SimRequests.assertCount(2, () -> sim.requests().total());
  }

  @Test
  void joinWithFilesReadsTheSummaryOncePerFile() throws Exception {
    final List<List<Object>> expected = new ArrayList<>();
    summary
        .path("mitre_attack_techniques")
        .forEach(t -> expected.add(List.of(t.path("id").asText())));
    assertEquals(
        expected,
        VtConnections.rows(
            conn,
            "select t.id from files f join file_behaviour_summary_mitre_attack_techniques t"
                + " on t.file_id = f.id where f.id = '"
                + networked
                + "'"));
    SimRequests.assertCount(1, () -> sim.requests().count("GET /files/{id}"));
    SimRequests.assertCount(1, () -> sim.requests().count(SUMMARY));
    SimRequests.assertCount(2, () -> sim.requests().total());
  }

  @Test
  void unknownFileHasNoRows() throws Exception {
    assertEquals(
        List.of(),
        VtConnections.rows(
            conn,
            "select * from file_behaviour_summary_files_dropped where file_id = '"
                + "0".repeat(64)
                + "'"));
    SimRequests.assertCount(1, () -> sim.requests().count(SUMMARY));
  }

  private static List<String> strings(JsonNode array) {
    final List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }
}
