package io.vtsql.simulator;

import static io.vtsql.simulator.ApiEnvelopeTest.assertError;
import static io.vtsql.simulator.ApiEnvelopeTest.fieldNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vtsql.simulator.corpus.gen.CorpusGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sandbox reports, behaviour summary and MITRE trees of files, and {@code /metadata}. */
class BehaviourEndpointsTest {

  private static VtSimulator sim;
  private static String key;
  private static String file;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().build());
    key = sim.premiumKey();
    file = sim.corpus().ids("file").get(0);
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  private static Http.Response get(String path) {
    return Http.get(sim.baseUrl() + path, key);
  }

  private static String encode(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Test
  void behavioursListThePagedReportsLikeARelationship() {
    JsonNode page = get("/files/" + file + "/behaviours?limit=2").json();
    assertEquals(3, page.get("meta").get("count").asInt());
    assertEquals(2, page.get("data").size());
    JsonNode report = page.get("data").get(0);
    assertEquals("file_behaviour", report.get("type").asText());
    assertEquals(file + "_VirusTotal Jujubox", report.get("id").asText());
    assertEquals(Set.of("type", "id", "links", "attributes"), fieldNames(report));
    JsonNode a = report.get("attributes");
    for (String attribute :
        List.of(
            "sandbox_name",
            "analysis_date",
            "behash",
            "has_html_report",
            "has_pcap",
            "has_evtx",
            "has_memdump",
            "last_modification_date",
            "verdicts",
            "processes_tree",
            "processes_created",
            "command_executions",
            "files_written",
            "files_dropped",
            "files_deleted",
            "registry_keys_set",
            "mutexes_created",
            "dns_lookups",
            "http_conversations",
            "ip_traffic",
            "mitre_attack_techniques",
            "signature_matches")) {
      assertTrue(a.has(attribute), attribute);
    }
    assertEquals(Set.of("path", "sha256", "type"), fieldNames(a.get("files_dropped").get(0)));
    assertEquals(Set.of("key", "value"), fieldNames(a.get("registry_keys_set").get(0)));
    assertEquals(Set.of("hostname", "resolved_ips"), fieldNames(a.get("dns_lookups").get(0)));
    assertEquals(
        Set.of("id", "signature_description", "severity"),
        fieldNames(a.get("mitre_attack_techniques").get(0)));
    assertEquals(
        sim.baseUrl() + "/files/" + file + "/behaviours?limit=2",
        page.get("links").get("self").asText());
    JsonNode second = Http.get(page.get("links").get("next").asText(), key).json();
    assertEquals(1, second.get("data").size());
    assertFalse(second.get("links").has("next"));
    JsonNode descriptors = get("/files/" + file + "/relationships/behaviours").json();
    assertEquals(Set.of("type", "id"), fieldNames(descriptors.get("data").get(0)));
  }

  @Test
  void aReportByItsUrlEncodedSandboxId() {
    String id = file + "_VirusTotal Jujubox";
    Http.Response r = get("/file_behaviours/" + encode(id));
    assertEquals(200, r.status(), r.body());
    JsonNode data = r.json().get("data");
    assertEquals(id, data.get("id").asText());
    assertEquals("VirusTotal Jujubox", data.get("attributes").get("sandbox_name").asText());
    assertTrue(
        sim.corpus()
            .find("file_behaviour", id)
            .orElseThrow()
            .get("attributes")
            .toString()
            .equals(data.get("attributes").toString()),
        "the corpus report, as served");
    assertError(
        get("/file_behaviours/" + encode(file + "_No Such Box")),
        404,
        "NotFoundError",
        "file_behaviour \"" + file + "_No Such Box\" not found");
  }

  @Test
  void summaryMergesTheListsOfEveryReport() {
    JsonNode body = get("/files/" + file + "/behaviour_summary").json();
    assertEquals(Set.of("data"), fieldNames(body));
    JsonNode summary = body.get("data");
    Set<JsonNode> lookups = new LinkedHashSet<>();
    Set<String> techniques = new HashSet<>();
    for (JsonNode report : get("/files/" + file + "/behaviours").json().get("data")) {
      report.get("attributes").get("dns_lookups").forEach(lookups::add);
      report
          .get("attributes")
          .get("mitre_attack_techniques")
          .forEach(t -> techniques.add(t.toString()));
    }
    assertEquals(new ArrayList<>(lookups), toList(summary.get("dns_lookups")));
    Set<String> merged = new HashSet<>();
    summary.get("mitre_attack_techniques").forEach(t -> merged.add(t.toString()));
    assertEquals(techniques, merged);
    assertEquals(merged.size(), summary.get("mitre_attack_techniques").size(), "no duplicates");
    assertFalse(summary.has("sandbox_name"), "only list fields are merged");

    String document =
        sim.corpus().all("file").stream()
            .filter(f -> f.get("attributes").get("type_tag").asText().equals("pdf"))
            .findFirst()
            .orElseThrow()
            .get("id")
            .asText();
    assertEquals(0, get("/files/" + document + "/behaviour_summary").json().get("data").size());
    assertError(
        get("/files/" + "ab".repeat(32) + "/behaviour_summary"),
        404,
        "NotFoundError",
        "File \"" + "ab".repeat(32) + "\" not found");
  }

  @Test
  void mitreTreesGroupEachReportsTechniquesByTactic() {
    JsonNode body = get("/files/" + file + "/behaviour_mitre_trees").json();
    assertEquals(
        sim.baseUrl() + "/files/" + file + "/behaviour_mitre_trees",
        body.get("links").get("self").asText());
    JsonNode data = body.get("data");
    assertEquals(Set.of("VirusTotal Jujubox", "Zenbox", "CAPE Sandbox"), fieldNames(data));
    JsonNode report =
        get("/file_behaviours/" + encode(file + "_Zenbox")).json().get("data").get("attributes");
    Set<String> cited = new HashSet<>();
    report.get("mitre_attack_techniques").forEach(t -> cited.add(t.get("id").asText()));
    Set<String> inTree = new HashSet<>();
    for (JsonNode tactic : data.get("Zenbox").get("tactics")) {
      assertEquals(Set.of("id", "name", "description", "link", "techniques"), fieldNames(tactic));
      assertTrue(tactic.get("id").asText().matches("TA00[0-9]{2}"));
      for (JsonNode technique : tactic.get("techniques")) {
        String techniqueId = technique.get("id").asText();
        JsonNode known = sim.corpus().find("attack_technique", techniqueId).orElseThrow();
        assertEquals(known.get("attributes").get("name").asText(), technique.get("name").asText());
        assertTrue(
            sim.corpus().relatedRefs("attack_technique", techniqueId, "attack_tactics").stream()
                .anyMatch(t -> t.id().equals(tactic.get("id").asText())));
        assertEquals(
            Set.of("severity", "description"), fieldNames(technique.get("signatures").get(0)));
        assertTrue(
            Set.of("INFO", "LOW", "MEDIUM", "HIGH")
                .contains(technique.get("signatures").get(0).get("severity").asText()));
        inTree.add(technique.get("id").asText());
      }
    }
    assertEquals(cited, inTree);
  }

  @Test
  void requestsAreCountedUnderTheirOwnLabels() {
    sim.requests().reset();
    get("/files/" + file + "/behaviours");
    get("/files/" + file + "/behaviour_summary");
    get("/files/" + file + "/behaviour_mitre_trees");
    get("/file_behaviours/" + encode(file + "_Zenbox"));
    assertEquals(1, sim.requests().count("GET /files/{id}/{relationship}"));
    assertEquals(1, sim.requests().count("GET /files/{id}/behaviour_summary"));
    assertEquals(1, sim.requests().count("GET /files/{id}/behaviour_mitre_trees"));
    assertEquals(1, sim.requests().count("GET /file_behaviours/{id}"));
  }

  @Test
  void metadataListsTheCorpusEnginesAndTheExistingPrivileges() {
    JsonNode data = get("/metadata").json().get("data");
    Set<String> engines = new HashSet<>(CorpusGenerator.fileEngines());
    engines.addAll(CorpusGenerator.urlEngines());
    assertEquals(engines, fieldNames(data.get("engines")));
    data.get("engines").forEach(e -> assertEquals(0, e.size(), "engines map to {} (docs)"));
    List<String> privileges =
        toList(data.get("privileges")).stream().map(JsonNode::asText).toList();
    assertTrue(
        privileges.containsAll(List.of("intelligence", "downloads-tier-1", "file-behaviour-feed")),
        privileges.toString());
    assertEquals(
        privileges,
        toList(
                Http.get(sim.baseUrl() + "/metadata", sim.publicKey())
                    .json()
                    .get("data")
                    .get("privileges"))
            .stream()
            .map(JsonNode::asText)
            .toList(),
        "the privileges that exist, whoever asks");
    assertTrue(data.get("relationships").has("file"));
  }

  private static List<JsonNode> toList(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }
}
