package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vtsql.adapter.catalog.Catalog;
import io.vtsql.adapter.catalog.TableDef;
import io.vtsql.simulator.RequestRecord;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.Tier;
import io.vtsql.simulator.VtSimulator;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Livehunt tables (hunting_rulesets and its owner/editors, hunting_notifications,
 * hunting_notification_files, ioc_stream) against the default demo corpus: offline metadata, point
 * lookups, pushdown into {@code filter=} / {@code order=} / {@code limit} / {@code
 * descriptors_only} with exact request counts, and the Livehunt licence refused before any request
 * or reported from VirusTotal's 403 in one line. Expected rows come from the simulator's raw
 * responses, never from the adapter's declarations.
 */
class LivehuntTablesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OTHER_KEY = "livehunt-test-other-premium-key";
  private static final List<String> TABLES =
      List.of(
          "hunting_rulesets",
          "hunting_notifications",
          "hunting_notification_files",
          "ioc_stream",
          "hunting_ruleset_owner",
          "hunting_ruleset_editors");
  private static VtSimulator sim;
  private static Connection conn;
  private static HttpClient http;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().key(OTHER_KEY, Tier.PREMIUM).build());
    conn = VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of("cache", "false"));
    http = HttpClient.newHttpClient();
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

  /** A raw GET with the premium demo key: the response body. */
  private static JsonNode raw(String path, Map<String, String> params) throws Exception {
    final String query =
        params.entrySet().stream()
            .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    final HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(sim.baseUrl() + path + (query.isEmpty() ? "" : "?" + query)))
                .header("x-apikey", sim.premiumKey())
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  /** Every item of a raw list, paging by cursor. */
  private static List<JsonNode> all(String path, Map<String, String> params) throws Exception {
    final List<JsonNode> out = new ArrayList<>();
    final Map<String, String> p = new LinkedHashMap<>(params);
    p.put("limit", "40");
    while (true) {
      final JsonNode page = raw(path, p);
      page.path("data").forEach(out::add);
      final String cursor = page.path("meta").path("cursor").asText("");
      if (cursor.isEmpty()) {
        return out;
      }
      p.put("cursor", cursor);
    }
  }

  private static List<String> strings(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
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

  private static String message(Throwable t) {
    final StringBuilder b = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      b.append(c.getMessage()).append('\n');
    }
    return b.toString();
  }

  private static JsonNode ruleset(String name) throws Exception {
    return all("/intelligence/hunting_rulesets", Map.of()).stream()
        .filter(r -> r.path("attributes").path("name").asText().equals(name))
        .findFirst()
        .orElseThrow();
  }

  /** The catalogue's declaration of a table (object, relationship or child table). */
  private static TableDef declared(String table) {
    return java.util.stream.Stream.concat(
            Catalog.tables().stream(), Catalog.relationships().stream())
        .map(TableDef.class::cast)
        .filter(t -> t.tableName().equals(table))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no table " + table));
  }

  @Test
  void metadataAndRemarksNeedNoRequest() throws Exception {
    try (Connection none =
        VtConnections.open(
            sim.baseUrl(), sim.premiumKey(), Map.of("cache", "false", "licences", "none"))) {
      final DatabaseMetaData md = none.getMetaData();
      for (String table : TABLES) {
        final TableDef def = declared(table);
        assertFalse(def.remark().isBlank(), table);
        try (ResultSet rs = md.getTables(null, "vt", table, null)) {
          assertTrue(rs.next(), table);
        }
        try (ResultSet rs = md.getColumns(null, "vt", table, null)) {
          int columns = 0;
          while (rs.next()) {
            columns++;
            final String column = rs.getString("COLUMN_NAME");
            assertTrue(
                def.columnRemark(column).filter(r -> !r.isBlank()).isPresent(),
                table + "." + column);
          }
          assertTrue(columns > 2, table);
        }
      }
      assertTrue(declared("ioc_stream").remark().contains("Livehunt licence"));
      assertTrue(
          declared("hunting_notification_files").columnRemark("md5").isPresent(),
          "notification files have the files columns");
    }
    SimRequests.assertCount(0, () -> sim.requests().total());
  }

  @Test
  void rulesetLookupsAreOneRequestPerPossibleId() throws Exception {
    final JsonNode emotet = ruleset("emotet_loaders");
    final String id = emotet.path("id").asText();
    sim.requests().reset();
    assertEquals(
        List.of(
            List.of(
                "emotet_loaders",
                true,
                emotet.path("attributes").path("limit").asInt(),
                emotet.path("attributes").path("number_of_rules").asInt(),
                strings(emotet.path("attributes").path("tags")),
                "file")),
        rows(
            "select name, enabled, \"limit\", number_of_rules, tags, match_object_type"
                + " from hunting_rulesets where id = '"
                + id
                + "'"));
    assertEquals(
        List.of("GET /intelligence/hunting_rulesets/{id}"),
        sim.requests().records().stream().map(RequestRecord::endpoint).toList());
    sim.requests().reset();
    assertEquals(
        List.of(), rows("select id from hunting_rulesets where id in ('123', 'a/b', '..', '456')"));
    // two ids can name a ruleset; 'a/b' and '..' cannot and send nothing
    SimRequests.assertCount(2, () -> sim.requests().total());
  }

  @Test
  void notificationLookupByIdAndTheListPushDateTagAndOrder() throws Exception {
    final JsonNode newest =
        raw("/intelligence/hunting_notifications", Map.of("limit", "1")).path("data").get(0);
    sim.requests().reset();
    assertEquals(
        List.of(
            List.of(
                newest.path("attributes").path("rule_name").asText(),
                strings(newest.path("attributes").path("tags")))),
        rows(
            "select rule_name, tags from hunting_notifications where id = '"
                + newest.path("id").asText()
                + "'"));
    SimRequests.assertCount(1, () -> sim.requests().total());

    final List<JsonNode> ransom =
        all("/intelligence/hunting_notifications", Map.of("filter", "tag:ransom_notes"));
    final List<List<Object>> expected =
        ransom.stream().limit(3).map(n -> List.<Object>of(n.path("id").asText())).toList();
    sim.requests().reset();
    assertEquals(
        expected,
        rows(
            "select id from hunting_notifications where array_contains(tags, 'ransom_notes')"
                + " and \"date\" > timestamp '2020-01-01 00:00:00' order by \"date\" desc limit"
                + " 3"));
    final Map<String, String> params = onlyRequest("GET /intelligence/hunting_notifications");
    assertEquals("tag:\"ransom_notes\" date:2020-01-01T00:00:00+", params.get("filter"));
    assertEquals("date-", params.get("order"));
  }

  @Test
  void notificationFilesCarryTheFileAndItsNotification() throws Exception {
    final List<JsonNode> files =
        all("/intelligence/hunting_notification_files", Map.of("filter", "tag:emotet_loaders"));
    assertFalse(files.isEmpty());
    final List<List<Object>> expected =
        files.stream()
            .map(
                f ->
                    List.<Object>of(
                        f.path("id").asText(),
                        f.path("attributes").path("last_analysis_stats").path("malicious").asInt(),
                        f.path("context_attributes").path("ruleset_name").asText(),
                        f.path("context_attributes").path("rule_name").asText(),
                        f.path("context_attributes").path("notification_id").asText()))
            .toList();
    sim.requests().reset();
    assertEquals(
        expected,
        rows(
            "select id, malicious, ruleset_name, rule_name, notification_id"
                + " from hunting_notification_files"
                + " where array_contains(notification_tags, 'emotet_loaders')"));
    final Map<String, String> params = onlyRequest("GET /intelligence/hunting_notification_files");
    assertEquals("tag:\"emotet_loaders\"", params.get("filter"));
    assertFalse(params.containsKey("order"), "no order is documented for notification files");
  }

  @Test
  void iocStreamPushesItsFiltersAndAsksDescriptorsForIdsAlone() throws Exception {
    final String rulesetId = ruleset("credential_urls").path("id").asText();
    final List<JsonNode> urls =
        all(
            "/ioc_stream",
            Map.of("filter", "entity_type:url source_id:" + rulesetId, "order", "date+"));
    assertFalse(urls.isEmpty());
    sim.requests().reset();
    assertEquals(
        urls.stream()
            .map(
                u ->
                    List.<Object>of(
                        u.path("id").asText(),
                        "url",
                        u.path("context_attributes")
                            .path("hunting_info")
                            .path("rule_name")
                            .asText()))
            .toList(),
        rows(
            "select id, entity_type, rule_name from ioc_stream where entity_type = 'url'"
                + " and array_contains(source_ids, '"
                + rulesetId
                + "') order by notification_date"));
    Map<String, String> params = onlyRequest("GET /ioc_stream");
    assertEquals("entity_type:\"url\" source_id:\"" + rulesetId + "\"", params.get("filter"));
    assertEquals("date+", params.get("order"));
    assertFalse(params.containsKey("descriptors_only"));

    final List<JsonNode> descriptors =
        StreamSupport.stream(
                raw("/ioc_stream", Map.of("filter", "entity_type:file", "limit", "3"))
                    .path("data")
                    .spliterator(),
                false)
            .toList();
    sim.requests().reset();
    assertEquals(
        descriptors.stream()
            .map(d -> List.<Object>of(d.path("id").asText(), d.path("type").asText()))
            .toList(),
        rows("select id, entity_type from ioc_stream where entity_type = 'file' limit 3"));
    params = onlyRequest("GET /ioc_stream");
    assertEquals("true", params.get("descriptors_only"));
    assertEquals("40", params.get("limit"));
  }

  @Test
  void streamRowsHaveTheFilesColumnsAndTheirChildTablesCostNothingMore() throws Exception {
    try (Connection cached = VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of())) {
      final JsonNode file =
          raw("/ioc_stream", Map.of("filter", "entity_type:file", "limit", "1"))
              .path("data")
              .get(0);
      sim.requests().reset();
      final List<List<Object>> rows =
          VtConnections.rows(
              cached,
              "select s.id, s.md5, s.meaningful_name, count(r.engine)"
                  + " from ioc_stream s join file_last_analysis_results r on r.file_id = s.id"
                  + " where s.entity_type = 'file' and s.notification_date >= timestamp"
                  + " '2020-01-01 00:00:00' and s.id = '"
                  + file.path("id").asText()
                  + "' group by s.id, s.md5, s.meaningful_name");
      assertEquals(
          List.of(
              List.of(
                  file.path("id").asText(),
                  file.path("attributes").path("md5").asText(),
                  file.path("attributes").path("meaningful_name").asText(),
                  (long) file.path("attributes").path("last_analysis_results").size())),
          rows);
      SimRequests.assertCount(1, () -> sim.requests().total());
    }
  }

  @Test
  void rulesetsListAndRelationships() throws Exception {
    final List<JsonNode> phishing =
        all(
            "/intelligence/hunting_rulesets",
            Map.of("filter", "tag:phishing", "order", "modification_date-"));
    assertEquals(2, phishing.size());
    sim.requests().reset();
    assertEquals(
        phishing.stream().map(r -> List.<Object>of(r.path("id").asText())).toList(),
        rows(
            "select id from hunting_rulesets where array_contains(tags, 'phishing')"
                + " order by modification_date desc limit 5"));
    final Map<String, String> params = onlyRequest("GET /intelligence/hunting_rulesets");
    assertEquals("tag:\"phishing\"", params.get("filter"));
    assertEquals("modification_date-", params.get("order"));
    // tag: is a superset (its letter case is undocumented): the LIMIT stays above the local
    // filter, so a whole page is asked
    assertEquals("40", params.get("limit"));

    final List<JsonNode> disabled =
        all("/intelligence/hunting_rulesets", Map.of("filter", "enabled:false"));
    sim.requests().reset();
    assertEquals(
        disabled.stream().map(r -> List.<Object>of(r.path("id").asText())).toList(),
        rows("select id from hunting_rulesets where not enabled"));
    assertEquals("enabled:false", onlyRequest("GET /intelligence/hunting_rulesets").get("filter"));

    final String id = ruleset("emotet_loaders").path("id").asText();
    sim.requests().reset();
    assertEquals(
        List.of(List.of(id, "demo_analyst")),
        rows(
            "select hunting_ruleset_id, id from hunting_ruleset_owner"
                + " where hunting_ruleset_id = '"
                + id
                + "'"));
    SimRequests.assertCount(1, () -> sim.requests().total());
    sim.requests().reset();
    final List<JsonNode> editors =
        all("/intelligence/hunting_rulesets/" + id + "/relationships/editors", Map.of());
    sim.requests().reset();
    assertEquals(
        editors.stream()
            .map(e -> List.<Object>of(e.path("type").asText(), e.path("id").asText()))
            .toList(),
        rows(
            "select target_type, target_id from hunting_ruleset_editors"
                + " where hunting_ruleset_id = '"
                + id
                + "'"));
    SimRequests.assertCount(1, () -> sim.requests().total());
  }

  @Test
  void otherAccountsSeeNoRulesets() throws Exception {
    try (Connection other =
        VtConnections.open(sim.baseUrl(), OTHER_KEY, Map.of("cache", "false"))) {
      assertEquals(List.of(), VtConnections.rows(other, "select id from hunting_rulesets limit 5"));
      assertEquals(List.of(), VtConnections.rows(other, "select id from ioc_stream limit 5"));
    }
    SimRequests.assertCount(2, () -> sim.requests().total());
  }

  @Test
  void withoutTheLicenceEveryStatementFailsBeforeAnyRequest() throws Exception {
    final String id = ruleset("emotet_loaders").path("id").asText();
    for (Map<String, String> settings :
        List.of(
            Map.of("cache", "false", "licences", "none"),
            Map.of("cache", "false", "tier", "public"))) {
      try (Connection none = VtConnections.open(sim.baseUrl(), sim.premiumKey(), settings)) {
        for (String sql :
            List.of(
                "select id from hunting_rulesets limit 1",
                "select id from hunting_rulesets where id = '" + id + "'",
                "select id from hunting_notifications limit 1",
                "select id from hunting_notification_files limit 1",
                "select id from ioc_stream limit 1",
                "select id from hunting_ruleset_owner where hunting_ruleset_id = '" + id + "'",
                "select target_id from hunting_ruleset_editors where hunting_ruleset_id = '"
                    + id
                    + "'")) {
          sim.requests().reset();
          final SQLException e =
              assertThrows(SQLException.class, () -> VtConnections.rows(none, sql));
          assertEquals("42501", e.getSQLState(), sql);
          assertTrue(message(e).contains("Livehunt licence"), message(e));
          SimRequests.assertCount(0, () -> sim.requests().total());
        }
      }
    }
  }

  @Test
  void aKeyWithoutTheLicenceGetsVirusTotalsRefusalInOneLine() throws Exception {
    try (Connection basic =
        VtConnections.open(sim.baseUrl(), sim.basicKey(), Map.of("cache", "false"))) {
      for (String sql :
          List.of(
              "select id from hunting_rulesets limit 1",
              "select id from hunting_notifications where id = 'x'",
              "select id from ioc_stream limit 1",
              "select id from hunting_ruleset_owner where hunting_ruleset_id = '1'")) {
        sim.requests().reset();
        final SQLException e =
            assertThrows(SQLException.class, () -> VtConnections.rows(basic, sql));
        assertEquals("42501", e.getSQLState(), sql);
        final String first = message(e).lines().findFirst().orElseThrow();
        assertTrue(first.contains("ForbiddenError (HTTP 403)"), first);
        assertTrue(first.contains("needs a Livehunt licence"), first);
        assertTrue(first.contains("Leave livehunt out of the licences setting"), first);
        assertFalse(message(e).contains(sim.basicKey()), "the key never shows");
        SimRequests.assertCount(1, () -> sim.requests().total());
      }
    }
  }

  @Test
  void examplesCostOneRequest() throws Exception {
    try (Connection cached = VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of())) {
      for (String name :
          List.of(
              "60-todays-livehunt-matches-and-their-detections.sql",
              "61-this-weeks-ioc-stream-from-livehunt.sql")) {
        final Path file =
            Path.of("").toAbsolutePath().getParent().resolve("sql-examples").resolve(name);
        final String sql =
            Files.readString(file, StandardCharsets.UTF_8).strip().replaceAll(";$", "");
        VtConnections.clearCache(cached);
        sim.requests().reset();
        assertFalse(VtConnections.rows(cached, sql).isEmpty(), name);
        SimRequests.assertCount(1, () -> sim.requests().total());
      }
    }
  }
}
