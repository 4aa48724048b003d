package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.RequestRecord;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.Tier;
import io.vtsql.simulator.VtSimulator;
import io.vtsql.simulator.corpus.Ref;
import io.vtsql.simulator.corpus.gen.PrivateScanningData;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Private Scanning tables against the demo corpus: lookups, list pushdown ({@code limit}, and
 * {@code order=date-} on analyses only) with exact request counts, the relationship and
 * sandbox-report tables, the licence refused before any request ({@code licences=none}) or by
 * VirusTotal (a key without the licence), and another account seeing none of demo_analyst's
 * objects. Expected rows come from the simulator's own data, never from the adapter's declarations.
 */
class PrivateScanningTablesTest {
  private static final String OTHER_KEY = "other-analyst-key-0000000000000000";
  private static VtSimulator sim;
  private static PrivateScanningData data;
  private static Connection conn;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().key(OTHER_KEY, Tier.PREMIUM).build());
    data = PrivateScanningData.of(sim.corpus());
    conn = VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of("cache", "false"));
  }

  @AfterAll
  static void stop() throws SQLException {
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
    return new ArrayList<>(data.all(type));
  }

  private static String firstFile() {
    return all("private_file").get(0).path("id").asText();
  }

  private static List<List<Object>> ids(List<Ref> refs) {
    return refs.stream().map(r -> List.<Object>of(r.id())).toList();
  }

  /** The decoded parameters of the only request, made to {@code endpoint}. */
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
  void privateFileLookupIsOneRequestAndImpossibleIdsNone() throws Exception {
    final String id = firstFile();
    final JsonNode a = data.find("private_file", id).orElseThrow().path("attributes");
    assertEquals(
        List.of(
            List.of(
                id,
                a.path("md5").asText(),
                a.path("size").asLong(),
                a.path("meaningful_name").asText())),
        rows(
            "SELECT id, md5, size, meaningful_name FROM private_files WHERE id = '"
                + id.toUpperCase()
                + "'"));
    assertEquals(Map.of(), onlyRequest("GET /private/files/{id}"));
    sim.requests().reset();
    // a private file is named by its SHA-256 only
    assertEquals(
        List.of(),
        rows("SELECT id FROM private_files WHERE id = '" + a.path("md5").asText() + "'"));
    SimRequests.assertCount(0, () -> sim.requests().total());
    // not in the public corpus: private means unshared
    assertEquals(List.of(), rows("SELECT id FROM files WHERE id = '" + id + "'"));
    SimRequests.assertCount(1, () -> sim.requests().count("GET /files/{id}"));
  }

  @Test
  void privateFilesListPushesOnlyTheLimit() throws Exception {
    final Set<String> owned = new HashSet<>();
    all("private_file").forEach(f -> owned.add(f.path("id").asText()));
    final List<List<Object>> three = rows("SELECT id FROM private_files LIMIT 3");
    assertEquals(3, three.size());
    three.forEach(r -> assertTrue(owned.contains((String) r.get(0)), r.toString()));
    assertEquals(Map.of("limit", "3"), onlyRequest("GET /private/files"));
    sim.requests().reset();
    // no documented filter: the condition stays local, over pages of 40, until the LIMIT is met
    final Set<String> large = new HashSet<>();
    all("private_file").stream()
        .filter(f -> f.path("attributes").path("size").asLong() > 1000)
        .forEach(f -> large.add(f.path("id").asText()));
    final List<List<Object>> five = rows("SELECT id FROM private_files WHERE size > 1000 LIMIT 5");
    assertEquals(Math.min(5, large.size()), five.size());
    five.forEach(r -> assertTrue(large.contains((String) r.get(0)), r.toString()));
    assertEquals(Map.of("limit", "40"), onlyRequest("GET /private/files"));
  }

  @Test
  void analysesOrderByDateDescendingIsPushedAndAscendingIsNot() throws Exception {
    final List<ObjectNode> newest =
        all("private_analysis").stream()
            .sorted(
                Comparator.comparingLong(
                        (ObjectNode o) -> -o.path("attributes").path("date").asLong())
                    .thenComparing(o -> o.path("id").asText()))
            .toList();
    assertEquals(
        newest.stream()
            .limit(3)
            .map(
                o ->
                    List.<Object>of(
                        o.path("id").asText(), o.path("attributes").path("status").asText()))
            .toList(),
        rows("SELECT id, status FROM private_analyses ORDER BY \"date\" DESC LIMIT 3"));
    assertEquals(Map.of("order", "date-", "limit", "3"), onlyRequest("GET /private/analyses"));
    sim.requests().reset();
    // date+ is not documented: an ascending order would page through every analysis
    final SQLException e =
        assertThrows(
            SQLException.class,
            () -> rows("SELECT id FROM private_analyses ORDER BY \"date\" LIMIT 1"));
    assertTrue(e.getMessage().contains("vt.private_analyses"), e.getMessage());
    assertFalse(e.getMessage().contains("or on  ("), e.getMessage());
    SimRequests.assertCount(0, () -> sim.requests().total());
  }

  @Test
  void analysisLookupAndItsItem() throws Exception {
    final ObjectNode analysis = all("private_analysis").get(0);
    final String id = analysis.path("id").asText();
    assertEquals(
        List.of(
            List.of(
                id,
                analysis.path("attributes").path("status").asText(),
                analysis
                    .path("attributes")
                    .path("sandbox_configuration")
                    .path("enable_internet")
                    .asBoolean())),
        rows("SELECT id, status, enable_internet FROM private_analyses WHERE id = '" + id + "'"));
    assertEquals(Map.of(), onlyRequest("GET /private/analyses/{id}"));
    sim.requests().reset();
    final Ref item = data.related("private_analysis", id, "item").get(0);
    assertEquals(
        List.of(List.of(item.type(), item.id())),
        rows(
            "SELECT target_type, target_id FROM private_analysis_item WHERE private_analysis_id = '"
                + id
                + "'"));
    onlyRequest("GET /private/analyses/{id}/relationships/{relationship}");
  }

  @Test
  void privateUrlsByIdOrUrl() throws Exception {
    final ObjectNode url = all("private_url").get(0);
    final String id = url.path("id").asText();
    final String text = url.path("attributes").path("url").asText();
    assertEquals(
        List.of(List.of(id, text)),
        rows("SELECT id, url FROM private_urls WHERE url = '" + text + "'"));
    onlyRequest("GET /private/urls/{id}");
    sim.requests().reset();
    assertEquals(
        List.of(List.of(id, url.path("attributes").path("title").asText())),
        rows("SELECT id, title FROM private_urls WHERE id = '" + id + "'"));
    onlyRequest("GET /private/urls/{id}");
    sim.requests().reset();
    assertEquals(
        ids(data.related("private_url", id, "analyses")),
        rows("SELECT id FROM private_url_analyses WHERE private_url_id = '" + id + "'"));
    // ids only: the descriptor form
    assertEquals(
        "/private/urls/" + id + "/relationships/analyses", sim.requests().records().get(0).path());
  }

  @Test
  void relationshipsOfAPrivateFile() throws Exception {
    final String f = firstFile();
    for (String rel : List.of("analyses", "embedded_domains", "embedded_ips", "dropped_files")) {
      sim.requests().reset();
      assertEquals(
          ids(data.related("private_file", f, rel)),
          rows("SELECT id FROM private_file_" + rel + " WHERE private_file_id = '" + f + "'"),
          rel);
      SimRequests.assertCount(1, () -> sim.requests().total());
    }
    sim.requests().reset();
    final Ref dropped = data.related("private_file", f, "dropped_files").get(0);
    assertEquals(
        List.of(List.of(dropped.id(), "Win32 EXE")),
        rows(
            "SELECT id, JSON_VALUE(context_attributes, '$.type') FROM private_file_dropped_files"
                + " WHERE private_file_id = '"
                + f
                + "'"));
  }

  @Test
  void sandboxReportsAreReadWhereDocumented() throws Exception {
    final String f = firstFile();
    final List<Ref> reports = data.related("private_file", f, "behaviours");
    assertEquals(
        reports.stream()
            .map(
                r ->
                    List.<Object>of(
                        r.id(),
                        data.find(r.type(), r.id())
                            .orElseThrow()
                            .path("attributes")
                            .path("sandbox_name")
                            .asText()))
            .toList(),
        rows(
            "SELECT id, sandbox_name FROM private_file_behaviours WHERE private_file_id = '"
                + f
                + "'"));
    onlyRequest("GET /private/file/{id}/{relationship}");
    assertEquals("/private/file/" + f + "/behaviours", sim.requests().records().get(0).path());
    sim.requests().reset();
    // a report id names its file
    assertEquals(
        List.of(List.<Object>of(reports.get(0).id())),
        rows("SELECT id FROM private_file_behaviours WHERE id = '" + reports.get(0).id() + "'"));
    onlyRequest("GET /private/file/{id}/{relationship}");
    sim.requests().reset();
    final JsonNode processes =
        data.find("private_file_behaviour", reports.get(0).id())
            .orElseThrow()
            .path("attributes")
            .path("processes_created");
    final List<List<Object>> expected = new ArrayList<>();
    processes.forEach(p -> expected.add(List.of(p.asText())));
    assertEquals(
        expected,
        rows(
            "SELECT \"value\" FROM private_file_behaviour_processes_created"
                + " WHERE private_file_behaviour_id = '"
                + reports.get(0).id()
                + "'"));
    onlyRequest("GET /private/file_behaviours/{id}");
  }

  /** Pushdown on and off agree on every statement, whatever the simulator's order. */
  @Test
  void pushdownOnAndOffAgree() throws Exception {
    try (Connection off = VtConnections.open(sim.baseUrl(), sim.premiumKey(), false, 1000, false)) {
      for (String sql :
          List.of(
              "SELECT id, status FROM private_analyses ORDER BY \"date\" DESC, id LIMIT 4",
              "SELECT id, status FROM private_analyses WHERE status <> 'completed' LIMIT 40",
              "SELECT id, size FROM private_files WHERE size > 1000 LIMIT 50",
              "SELECT id, md5 FROM private_files WHERE id IN ('"
                  + firstFile()
                  + "', '"
                  + all("private_file").get(3).path("id").asText()
                  + "')",
              "SELECT id FROM private_file_embedded_domains WHERE private_file_id = '"
                  + firstFile()
                  + "'")) {
        assertEquals(sorted(VtConnections.rows(off, sql)), sorted(rows(sql)), sql);
      }
    }
  }

  private static List<List<Object>> sorted(List<List<Object>> rows) {
    final List<List<Object>> out = new ArrayList<>(rows);
    out.sort(Comparator.comparing(Object::toString));
    return out;
  }

  @Test
  void withoutTheLicenceSettingStatementsFailBeforeAnyRequest() throws Exception {
    final String f = firstFile();
    try (Connection none =
        VtConnections.open(
            sim.baseUrl(), sim.premiumKey(), Map.of("cache", "false", "licences", "none"))) {
      for (String sql :
          List.of(
              "SELECT id FROM private_files WHERE id = '" + f + "'",
              "SELECT id FROM private_files LIMIT 3",
              "SELECT id FROM private_analyses ORDER BY \"date\" DESC LIMIT 3",
              "SELECT id FROM private_file_behaviours WHERE private_file_id = '" + f + "'",
              "SELECT id FROM private_file_embedded_domains WHERE private_file_id = '" + f + "'",
              "SELECT \"value\" FROM private_file_behaviour_processes_created"
                  + " WHERE private_file_behaviour_id = '"
                  + f
                  + "_Zenbox'")) {
        sim.requests().reset();
        final SQLException e =
            assertThrows(SQLException.class, () -> VtConnections.rows(none, sql), sql);
        assertEquals("42501", e.getSQLState(), sql);
        assertTrue(e.getMessage().contains("Private Scanning licence"), e.getMessage());
        SimRequests.assertCount(0, () -> sim.requests().total());
      }
    }
  }

  @Test
  void aKeyWithoutTheLicenceGetsOneClearLine() throws Exception {
    try (Connection basic =
        VtConnections.open(sim.baseUrl(), sim.basicKey(), Map.of("cache", "false"))) {
      final SQLException e =
          assertThrows(
              SQLException.class,
              () -> VtConnections.rows(basic, "SELECT id FROM private_files LIMIT 3"));
      assertEquals("42501", e.getSQLState());
      assertTrue(e.getMessage().contains("Private Scanning licence"), e.getMessage());
      assertFalse(e.getMessage().contains("\n"), e.getMessage());
      assertFalse(e.getMessage().contains(sim.basicKey()), "the key never shows");
      SimRequests.assertCount(1, () -> sim.requests().total());
      assertEquals(403, sim.requests().records().get(0).status());
      final String f = firstFile();
      for (String sql :
          List.of(
              "SELECT id FROM private_files WHERE id = '" + f + "'",
              "SELECT id FROM private_file_embedded_ips WHERE private_file_id = '" + f + "'",
              "SELECT \"value\" FROM private_file_behaviour_processes_created"
                  + " WHERE private_file_behaviour_id = '"
                  + f
                  + "_Zenbox'")) {
        final SQLException refused =
            assertThrows(SQLException.class, () -> VtConnections.rows(basic, sql), sql);
        assertEquals("42501", refused.getSQLState(), sql);
        assertTrue(refused.getMessage().contains("Private Scanning licence"), refused.getMessage());
      }
    }
  }

  @Test
  void anotherAccountSeesNoneOfThem() throws Exception {
    try (Connection other =
        VtConnections.open(sim.baseUrl(), OTHER_KEY, Map.of("cache", "false"))) {
      assertEquals(List.of(), VtConnections.rows(other, "SELECT id FROM private_files LIMIT 5"));
      assertEquals(
          List.of(),
          VtConnections.rows(
              other, "SELECT id FROM private_files WHERE id = '" + firstFile() + "'"));
      SimRequests.assertCount(2, () -> sim.requests().total());
    }
  }
}
