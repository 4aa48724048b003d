package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code vt_basic_search('...')} over {@code GET /search}, with a public key too ({@code
 * tier=public}): the literal query types the rows (file, url, domain, ip_address, else comments by
 * tag), pages are read lazily by cursor and no further than LIMIT needs, a non-literal argument is
 * refused before any request; and point lookups work without premium. Expected rows come from the
 * simulator's corpus.
 */
class BasicSearchTest {
  private static VtSimulator sim;
  private static Connection conn;

  @BeforeAll
  static void start() throws Exception {
    // a small corpus: the comments test reads every comment to know the expected rows
    sim = VtSimulator.start(SimulatorConfig.builder().scale(80).build());
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

  private static String query(RequestRecord r) {
    for (String p : r.query().split("&")) {
      if (p.startsWith("query=")) {
        return URLDecoder.decode(p.substring(6), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  /** The only request: {@code GET /search?query=<text>}, nothing else sent. */
  private static void onlySearch(String text) throws Exception {
    SimRequests.assertCount(1, () -> sim.requests().total());
    final RequestRecord r = sim.requests().records().get(0);
    assertEquals("GET /search", r.endpoint());
    assertEquals(200, r.status());
    assertEquals(text, query(r));
    assertFalse(r.query().contains("limit="), r.query());
  }

  @Test
  void aHashGivesFileRows() throws Exception {
    final ObjectNode file = sim.corpus().all("file").iterator().next();
    final JsonNode a = file.path("attributes");
    final String md5 = a.path("md5").asText();
    assertEquals(
        List.of(
            List.of(
                file.path("id").asText(),
                md5,
                a.path("last_analysis_stats").path("malicious").asInt())),
        rows("SELECT id, md5, malicious FROM TABLE(vt_basic_search('" + md5 + "'))"));
    onlySearch(md5);
  }

  @Test
  void domainsIpsAndUrlsGiveTheirOwnColumns() throws Exception {
    final String domain = sim.corpus().ids("domain").get(0);
    assertEquals(
        List.of(List.of(domain)), rows("SELECT id FROM TABLE(vt_basic_search('" + domain + "'))"));
    onlySearch(domain);
    sim.requests().reset();
    final ObjectNode ip = sim.corpus().all("ip_address").iterator().next();
    assertEquals(
        List.of(List.of(ip.path("id").asText(), ip.path("attributes").path("asn").asInt())),
        rows("SELECT id, asn FROM TABLE(vt_basic_search('" + ip.path("id").asText() + "'))"));
    sim.requests().reset();
    final ObjectNode url = sim.corpus().all("url").iterator().next();
    final String text = url.path("attributes").path("url").asText();
    assertEquals(
        List.of(List.of(url.path("id").asText(), text)),
        rows("SELECT id, url FROM TABLE(vt_basic_search('" + text + "'))"));
    onlySearch(text);
    sim.requests().reset();
    assertEquals(
        List.of(), rows("SELECT id FROM TABLE(vt_basic_search('unknown-host-of-nobody.example'))"));
    SimRequests.assertCount(1, () -> sim.requests().total());
  }

  @Test
  void anythingElseGivesTaggedCommentsPagedLazilyByCursor() throws Exception {
    final Map<String, List<ObjectNode>> byTag = new TreeMap<>();
    for (ObjectNode c : sim.corpus().all("comment")) {
      for (JsonNode t : c.path("attributes").path("tags")) {
        byTag.computeIfAbsent(t.asText(), k -> new ArrayList<>()).add(c);
      }
    }
    final String tag =
        byTag.entrySet().stream()
            .max(Comparator.comparingInt(e -> e.getValue().size()))
            .orElseThrow()
            .getKey();
    final List<List<Object>> expected =
        byTag.get(tag).stream()
            .sorted(
                Comparator.comparingLong(
                        (ObjectNode c) -> -c.path("attributes").path("date").asLong())
                    .thenComparing(c -> c.path("id").asText()))
            .map(
                c ->
                    List.<Object>of(
                        c.path("id").asText(), c.path("attributes").path("text").asText()))
            .toList();
    assertTrue(expected.size() > 10, tag + " has " + expected.size() + " comments");
    final String sql = "SELECT id, text FROM TABLE(vt_basic_search('" + tag + "'))";
    assertEquals(expected.subList(0, 3), rows(sql + " LIMIT 3"));
    onlySearch(tag);
    sim.requests().reset();
    assertEquals(expected.subList(0, 12), rows(sql + " LIMIT 12"));
    SimRequests.assertCount(2, () -> sim.requests().total());
    sim.requests().reset();
    assertEquals(expected, rows(sql));
    SimRequests.assertCount((expected.size() + 9) / 10, () -> sim.requests().total());
    sim.requests().reset();
    // WHERE and ORDER BY stay local: the search is the same
    assertEquals(
        expected.stream().filter(r -> ((String) r.get(1)).contains("#")).count(),
        rows(sql + " WHERE text LIKE '%#%'").size());
    assertTrue(sim.requests().records().stream().allMatch(r -> tag.equals(query(r))));
  }

  @Test
  void explainShowsTheSearchAndUnknownPageCounts() throws Exception {
    final String plan =
        VtConnections.explain(conn, "SELECT id FROM TABLE(vt_basic_search('phishing')) LIMIT 5");
    assertTrue(plan.contains("GET /search?query=phishing"), plan);
    assertTrue(plan.contains("pages until 5 row(s) are read"), plan);
    SimRequests.assertCount(0, () -> sim.requests().total());
  }

  @Test
  void aNonLiteralQueryIsRefusedBeforeAnyRequest() throws Exception {
    final SQLException e =
        assertThrows(
            SQLException.class,
            () -> {
              try (PreparedStatement ps =
                  conn.prepareStatement("SELECT id FROM TABLE(vt_basic_search(?))")) {
                ps.setString(1, "example.com");
                ps.executeQuery();
              }
            });
    // Calcite refuses a macro argument that is not a literal, naming the function
    assertTrue(
        messages(e).contains("call to macro vt_basic_search should be literal"), messages(e));
    final SQLException empty =
        assertThrows(SQLException.class, () -> rows("SELECT id FROM TABLE(vt_basic_search('  '))"));
    assertTrue(messages(empty).contains("vt_basic_search needs a constant, non-empty query"));
    SimRequests.assertCount(0, () -> sim.requests().total());
  }

  private static String messages(Throwable e) {
    final StringBuilder b = new StringBuilder();
    for (Throwable c = e; c != null; c = c.getCause()) {
      b.append(c.getMessage()).append('\n');
    }
    return b.toString();
  }

  /**
   * A public key ({@code tier=public}, 4 requests a minute) may search and look objects up by id;
   * only the intelligence search needs premium.
   */
  @Test
  void publicKeysSearchAndLookUpById() throws Exception {
    final String file = sim.corpus().ids("file").get(0);
    final String domain = sim.corpus().ids("domain").get(0);
    final String ip = sim.corpus().ids("ip_address").get(0);
    try (Connection publicConn =
        VtConnections.open(
            sim.baseUrl(), sim.publicKey(), Map.of("cache", "false", "tier", "public"))) {
      assertEquals(
          List.of(List.of(domain)),
          VtConnections.rows(
              publicConn, "SELECT id FROM TABLE(vt_basic_search('" + domain + "'))"));
      assertEquals(
          1,
          VtConnections.rows(publicConn, "SELECT id FROM files WHERE id = '" + file + "'").size());
      assertEquals(
          1,
          VtConnections.rows(publicConn, "SELECT id FROM domains WHERE id = '" + domain + "'")
              .size());
      assertEquals(
          1,
          VtConnections.rows(publicConn, "SELECT id FROM ip_addresses WHERE id = '" + ip + "'")
              .size());
      SimRequests.assertCount(4, () -> sim.requests().total());
      assertTrue(sim.requests().records().stream().allMatch(r -> r.status() == 200));
    }
  }
}
