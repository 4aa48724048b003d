package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.RequestRecord;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Threat Landscape tables (collections, threat_actors, attack_tactics, attack_techniques)
 * against the default demo corpus: point lookups, list pushdown into {@code filter=} / {@code
 * order=} / {@code limit} with exact request counts, the premium list refused to a public key
 * before any request, and their relationship tables. Expected rows come from the simulator's
 * corpus, never from the adapter's declarations.
 */
class ThreatLandscapeTablesTest {
  private static final String EMOTET = "malware--ebf029e5-83d7-454d-a25f-d18d57dc7111";
  private static VtSimulator sim;
  private static Connection conn;
  private static Connection publicConn;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().build());
    conn = VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of("cache", "false"));
    publicConn =
        VtConnections.open(
            sim.baseUrl(), sim.publicKey(), Map.of("cache", "false", "tier", "public"));
  }

  @AfterAll
  static void stop() throws SQLException {
    publicConn.close();
    conn.close();
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.requests().reset();
  }

  private static List<List<Object>> rows(String sql) throws SQLException {
    return VtConnections.rows(conn, sql);
  }

  private static List<ObjectNode> all(String type) {
    return new ArrayList<>(sim.corpus().all(type));
  }

  private static ObjectNode named(String type, String name) {
    return all(type).stream()
        .filter(o -> o.path("attributes").path("name").asText().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> strings(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  /** The ids of the corpus objects of a type that pass a test, in the given order. */
  private static List<List<Object>> ids(
      String type, Predicate<JsonNode> attributes, Comparator<ObjectNode> order, int limit) {
    return all(type).stream()
        .filter(o -> attributes.test(o.path("attributes")))
        .sorted(order)
        .limit(limit)
        .map(o -> List.<Object>of(o.path("id").asText()))
        .toList();
  }

  private static Comparator<ObjectNode> byLong(String attribute) {
    return Comparator.comparingLong(o -> o.path("attributes").path(attribute).asLong());
  }

  /** The decoded parameters of the single request made to {@code endpoint}. */
  private static Map<String, String> onlyRequest(String endpoint) throws Exception {
    SimRequests.assertCount(1, () -> sim.requests().total());
    final RequestRecord r = sim.requests().records().get(0);
    assertEquals(endpoint, r.endpoint());
    assertEquals(200, r.status());
    final Map<String, String> params = new LinkedHashMap<>();
    for (String p : r.query() == null ? new String[0] : r.query().split("&")) {
      final int eq = p.indexOf('=');
      params.put(
          p.substring(0, eq), URLDecoder.decode(p.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return params;
  }

  @Test
  void collectionLookupsCostOneRequestPerPossibleId() throws Exception {
    final JsonNode emotet =
        sim.corpus().find("collection", EMOTET).orElseThrow().path("attributes");
    assertEquals(
        List.of(
            List.of(
                EMOTET,
                "Emotet",
                "malware-family",
                emotet.path("files_count").asInt(),
                List.of("US", "DE", "IT"))),
        rows(
            "SELECT id, name, collection_type, files_count, targeted_regions FROM collections"
                + " WHERE id = '"
                + EMOTET
                + "'"));
    SimRequests.assertCount(1, () -> sim.requests().count("GET /collections/{id}"));
    sim.requests().reset();
    assertEquals(
        List.of(),
        rows(
            "SELECT id FROM collections"
                + " WHERE id = 'malware--00000000-0000-4000-a000-000000000000'"));
    SimRequests.assertCount(1, () -> sim.requests().total());
    sim.requests().reset();
    assertEquals(List.of(), rows("SELECT id FROM collections WHERE id = 'a/b'"));
    SimRequests.assertCount(0, () -> sim.requests().total());
  }

  @Test
  void orderAndLimitAskForOnePageOfTheirSize() throws Exception {
    assertEquals(
        ids("collection", a -> true, byLong("creation_date").reversed(), 3),
        rows("SELECT id FROM collections ORDER BY creation_date DESC LIMIT 3"));
    assertEquals(Map.of("order", "creation_date-", "limit", "3"), onlyRequest("GET /collections"));
    sim.requests().reset();
    assertEquals(
        ids("collection", a -> true, byLong("last_modification_date"), 11).subList(8, 11),
        rows("SELECT id FROM collections ORDER BY last_modification_date LIMIT 3 OFFSET 8"));
    assertEquals(
        Map.of("order", "last_modification_date+", "limit", "11"), onlyRequest("GET /collections"));
  }

  @Test
  void filtersBecomeFilterTermsWithTheirValuesQuoted() throws Exception {
    final Predicate<JsonNode> wanted =
        a ->
            a.path("collection_type").asText().equals("malware-family")
                && strings(a.path("targeted_industries")).contains("Financial Services");
    final List<List<Object>> expected =
        ids("collection", wanted, byLong("last_modification_date"), 2);
    assertEquals(2, expected.size());
    assertEquals(
        expected,
        rows(
            "SELECT id FROM collections"
                + " WHERE collection_type = 'malware-family'"
                + " AND ARRAY_CONTAINS(targeted_industries, 'Financial Services')"
                + " ORDER BY last_modification_date LIMIT 2"));
    // The terms are supersets kept locally, so the LIMIT above them reads whole pages.
    assertEquals(
        Map.of(
            "filter",
            "collection_type:\"malware-family\" targeted_industry:\"Financial Services\"",
            "order",
            "last_modification_date+",
            "limit",
            "40"),
        onlyRequest("GET /collections"));
    sim.requests().reset();
    final ObjectNode lazarus = named("collection", "Lazarus Group");
    assertEquals(
        List.of(List.of(lazarus.path("id").asText(), "mandiant")),
        rows(
            "SELECT id, owner FROM collections WHERE name = 'Lazarus Group'"
                + " AND origin = 'Google Threat Intelligence'"
                + " AND creation_date >= TIMESTAMP '2019-01-01 00:00:00'"));
    assertEquals(
        Map.of(
            "filter",
            "name:\"Lazarus Group\" origin:\"Google Threat Intelligence\""
                + " creation_date:2018-12-31T23:59:59+",
            "limit",
            "40"),
        onlyRequest("GET /collections"));
  }

  @Test
  void orStaysLocalUnderAPlainLimit() throws Exception {
    final List<String> expected =
        all("collection").stream()
            .filter(
                o ->
                    List.of("campaign", "report")
                        .contains(o.path("attributes").path("collection_type").asText()))
            .map(o -> o.path("attributes").path("name").asText())
            .sorted()
            .toList();
    assertEquals(3, expected.size());
    final List<String> names = new ArrayList<>();
    rows("SELECT name FROM collections"
            + " WHERE collection_type = 'campaign' OR collection_type = 'report' LIMIT 40")
        .forEach(r -> names.add((String) r.get(0)));
    names.sort(null);
    assertEquals(expected, names);
    assertEquals(Map.of("limit", "40"), onlyRequest("GET /collections"));
  }

  @Test
  void valuesWithQuotesOrBackslashesStayLocal() throws Exception {
    // The list grammar quotes values with spaces but documents no escapes.
    assertEquals(List.of(), rows("SELECT id FROM collections WHERE name = 'APT28\" x' LIMIT 5"));
    assertEquals(Map.of("limit", "40"), onlyRequest("GET /collections"));
    sim.requests().reset();
    try (PreparedStatement s =
        conn.prepareStatement(
            "SELECT id FROM collections WHERE name = ?"
                + " AND creation_date < TIMESTAMP '2100-01-01 00:00:00'")) {
      s.setString(1, "APT\\28");
      assertEquals(List.of(), VtConnections.rows(s.executeQuery()));
    }
    assertEquals(
        Map.of("filter", "creation_date:2100-01-01T00:00:00-", "limit", "40"),
        onlyRequest("GET /collections"));
  }

  @Test
  void unboundedAndPublicListsFailBeforeAnyRequest() throws Exception {
    final SQLException unbounded =
        assertThrows(
            SQLException.class, () -> rows("SELECT id FROM collections WHERE name LIKE '%o%'"));
    assertTrue(unbounded.getMessage().contains("filter of /collections"), unbounded.getMessage());
    // Letter case in VirusTotal's name order is undocumented, so ORDER BY name is not pushed
    // and its LIMIT bounds nothing.
    assertThrows(
        SQLException.class, () -> rows("SELECT id FROM collections ORDER BY name LIMIT 3"));
    final SQLException forbidden =
        assertThrows(
            SQLException.class,
            () ->
                VtConnections.rows(
                    publicConn, "SELECT id FROM collections WHERE collection_type = 'collection'"));
    assertTrue(forbidden.getMessage().contains("premium"), forbidden.getMessage());
    final SQLException actors =
        assertThrows(
            SQLException.class,
            () ->
                VtConnections.rows(
                    publicConn,
                    "SELECT id FROM threat_actors ORDER BY last_seen_date DESC LIMIT 1"));
    assertTrue(actors.getMessage().contains("premium"), actors.getMessage());
    SimRequests.assertCount(0, () -> sim.requests().total());
  }

  @Test
  void publicKeysReadCommunityCollectionsById() throws Exception {
    final ObjectNode community = named("collection", "SSH brute-force scanners");
    final String id = community.path("id").asText();
    assertEquals(
        List.of(List.of(id, "collection", 25)),
        VtConnections.rows(
            publicConn,
            "SELECT id, collection_type, ip_addresses_count FROM collections WHERE id = '"
                + id
                + "'"));
    SimRequests.assertCount(1, () -> sim.requests().total());
  }

  @Test
  void collectionRelationshipsPageByForty() throws Exception {
    final List<JsonNode> members = new ArrayList<>();
    try (PreparedStatement s =
        conn.prepareStatement(
            "SELECT id, type_tag FROM collection_files WHERE collection_id = ?")) {
      s.setString(1, EMOTET);
      VtConnections.rows(s.executeQuery())
          .forEach(
              r ->
                  members.add(
                      sim.corpus()
                          .find("file", (String) r.get(0))
                          .orElseThrow()
                          .path("attributes")));
    }
    final int files =
        sim.corpus()
            .find("collection", EMOTET)
            .orElseThrow()
            .path("attributes")
            .path("files_count")
            .asInt();
    assertTrue(files > 0);
    assertEquals(files, members.size());
    SimRequests.assertCount(
        (files + 39) / 40, () -> sim.requests().count("GET /collections/{id}/{relationship}"));
    sim.requests().reset();
    final List<List<Object>> techniques =
        rows(
            "SELECT id, name FROM"
                + " collection_attack_techniques WHERE collection_id = '"
                + EMOTET
                + "' ORDER BY id");
    assertTrue(techniques.contains(List.of("T1055", "Process Injection")), techniques.toString());
    SimRequests.assertCount(1, () -> sim.requests().total());
  }

  @Test
  void threatActorsLookupListAndRelationships() throws Exception {
    final ObjectNode apt28 = named("threat_actor", "APT28");
    final String id = apt28.path("id").asText();
    assertEquals(
        List.of(List.of(id, "APT28", "RU", List.of("Fancy Bear", "Sofacy", "STRONTIUM"))),
        rows(
            "SELECT id, name, sponsor_region, aliases FROM threat_actors"
                + " WHERE id = '"
                + id
                + "'"));
    SimRequests.assertCount(1, () -> sim.requests().count("GET /threat_actors/{id}"));
    sim.requests().reset();
    final Predicate<JsonNode> finance =
        a -> strings(a.path("targeted_industries")).contains("Financial Services");
    assertEquals(
        ids(
            "threat_actor",
            finance,
            byLong("related_entities_count").reversed().thenComparing(o -> o.path("id").asText()),
            10),
        rows(
            "SELECT id FROM threat_actors"
                + " WHERE ARRAY_CONTAINS(targeted_industries, 'Financial Services')"
                + " ORDER BY related_entities_count DESC, id LIMIT 10"));
    assertEquals(
        Map.of(
            "filter",
            "targeted_industry:\"Financial Services\"",
            "order",
            "related_entities_count-",
            "limit",
            "40"),
        onlyRequest("GET /threat_actors"));
    sim.requests().reset();
    assertEquals(
        List.of(List.of("Sandworm Team")),
        rows(
            "SELECT name FROM"
                + " threat_actor_related_threat_actors WHERE threat_actor_id = '"
                + id
                + "'"));
    assertEquals(
        List.of(List.of("APT28", "threat-actor")),
        rows(
            "SELECT name, collection_type"
                + " FROM threat_actor_collections WHERE threat_actor_id = '"
                + id
                + "'"));
    SimRequests.assertCount(2, () -> sim.requests().total());
  }

  @Test
  void attackObjectsAreReadByIdsOfTheirShape() throws Exception {
    assertEquals(
        List.of(List.of("TA0002", "Execution")),
        rows("SELECT id, name FROM attack_tactics WHERE id = 'TA0002'"));
    assertEquals(
        List.of(List.of("T1055.012", "Process Hollowing", false)),
        rows("SELECT id, name, revoked FROM attack_techniques WHERE id = 'T1055.012'"));
    SimRequests.assertCount(2, () -> sim.requests().total());
    sim.requests().reset();
    assertEquals(List.of(), rows("SELECT id FROM attack_tactics WHERE id = 'TA9999'"));
    SimRequests.assertCount(1, () -> sim.requests().total());
    sim.requests().reset();
    assertEquals(
        List.of(),
        rows("SELECT id FROM attack_tactics" + " WHERE id IN ('ta0002', 'T1055', 'TA0002; x')"));
    assertEquals(
        List.of(),
        rows(
            "SELECT id FROM attack_techniques"
                + " WHERE id IN ('TA0002', 't1055', 'T1055.12', 'T1055/x')"));
    SimRequests.assertCount(0, () -> sim.requests().total());
    final SQLException noList =
        assertThrows(
            SQLException.class,
            () -> rows("SELECT id FROM attack_techniques WHERE name = 'Phishing'"));
    assertTrue(noList.getMessage().contains("can only be read by id"), noList.getMessage());
    SimRequests.assertCount(0, () -> sim.requests().total());
  }

  @Test
  void attackRelationshipsHaveTypedTargets() throws Exception {
    assertEquals(
        List.of(List.of("T1055")),
        rows(
            "SELECT id FROM"
                + " attack_technique_parent_technique WHERE attack_technique_id = 'T1055.012'"));
    assertEquals(
        List.of(List.of("T1055.012", "Process Hollowing")),
        rows(
            "SELECT id, name"
                + " FROM attack_technique_subtechniques WHERE attack_technique_id = 'T1055'"));
    assertEquals(
        List.of(List.of("TA0004", "Privilege Escalation"), List.of("TA0005", "Defense Evasion")),
        rows(
            "SELECT id, name FROM"
                + " attack_technique_attack_tactics WHERE attack_technique_id = 'T1055'"
                + " ORDER BY id"));
    final List<List<Object>> execution =
        rows(
            "SELECT id FROM attack_tactic_attack_techniques"
                + " WHERE attack_tactic_id = 'TA0002' ORDER BY id");
    assertTrue(execution.contains(List.of("T1059.001")), execution.toString());
    SimRequests.assertCount(4, () -> sim.requests().total());
    sim.requests().reset();
    final String file = all("file").get(0).path("id").asText();
    final List<List<Object>> seen =
        rows(
            "SELECT id, name FROM file_related_attack_techniques"
                + " WHERE file_id = '"
                + file
                + "'");
    assertTrue(!seen.isEmpty() && seen.stream().allMatch(r -> r.get(1) != null), seen.toString());
    SimRequests.assertCount(1, () -> sim.requests().total());
  }
}
