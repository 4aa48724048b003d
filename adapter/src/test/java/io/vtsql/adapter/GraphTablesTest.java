package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vtsql.simulator.RequestRecord;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import io.vtsql.simulator.corpus.Ref;
import io.vtsql.simulator.corpus.gen.GraphData;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The VT Graph tables against the default demo corpus: point lookups, {@code GET /graphs} pushdown
 * with exact request counts, per-key visibility of private graphs, the relationship tables (the
 * empty one-to-one {@code group} included), the node and link child tables and the objects' {@code
 * *_graphs} tables. Expected rows come from the simulator's graph data, never from the adapter's
 * declarations.
 */
class GraphTablesTest {
  private static VtSimulator sim;
  private static Connection conn;
  private static Connection publicConn;
  private static List<GraphData.Graph> graphs;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().build());
    conn = VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of("cache", "false"));
    publicConn =
        VtConnections.open(
            sim.baseUrl(), sim.publicKey(), Map.of("cache", "false", "tier", "public"));
    graphs = GraphData.generate(sim.corpus());
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

  /** The demo key's graph of a given position among its own. */
  private static GraphData.Graph own(boolean isPrivate, int n) {
    return graphs.stream()
        .filter(g -> g.owner().equals(GraphData.ANALYST) && g.isPrivate() == isPrivate)
        .skip(n)
        .findFirst()
        .orElseThrow();
  }

  private static JsonNode attributes(GraphData.Graph g) {
    return g.object().path("attributes");
  }

  private static String name(GraphData.Graph g) {
    return attributes(g).path("graph_data").path("description").asText();
  }

  /** Ids of the graphs {@code user} sees that pass a test, in the given order. */
  private static List<List<Object>> ids(
      String user, Predicate<GraphData.Graph> wanted, Comparator<GraphData.Graph> order, int n) {
    return graphs.stream()
        .filter(g -> g.visibleTo(user) && wanted.test(g))
        .sorted(order.thenComparing(GraphData.Graph::id))
        .limit(n)
        .map(g -> List.<Object>of(g.id()))
        .toList();
  }

  private static Comparator<GraphData.Graph> byLong(String attribute) {
    return Comparator.comparingLong(g -> attributes(g).path(attribute).asLong());
  }

  /** The decoded parameters of the single request made, which went to {@code endpoint}. */
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
  void lookupsCostOneRequestAndImpossibleIdsNone() throws Exception {
    final GraphData.Graph g = own(false, 1);
    final JsonNode a = attributes(g);
    assertEquals(
        List.of(
            List.of(
                g.id(),
                name(g),
                false,
                a.path("views_count").asInt(),
                a.path("comments_count").asInt())),
        rows(
            "SELECT id, name, private, views_count, comments_count FROM graphs WHERE id = '"
                + g.id()
                + "'"));
    SimRequests.assertCount(1, () -> sim.requests().count("GET /graphs/{id}"));
    sim.requests().reset();
    assertEquals(List.of(), rows("SELECT id FROM graphs WHERE id = 'g12' OR id = 'x/y'"));
    SimRequests.assertCount(0, () -> sim.requests().total());
  }

  @Test
  void privateGraphsExistOnlyForTheirOwnerAndSharedUsers() throws Exception {
    final GraphData.Graph mine = own(true, 0);
    final GraphData.Graph basics =
        graphs.stream().filter(g -> g.owner().equals("demo_basic")).findFirst().orElseThrow();
    assertEquals(
        List.of(List.of(true)), rows("SELECT private FROM graphs WHERE id = '" + mine.id() + "'"));
    assertEquals(List.of(), rows("SELECT id FROM graphs WHERE id = '" + basics.id() + "'"));
    assertEquals(
        List.of(),
        VtConnections.rows(publicConn, "SELECT id FROM graphs WHERE id = '" + mine.id() + "'"));
    final long publicGraphs = graphs.stream().filter(g -> !g.isPrivate()).count();
    assertEquals(
        List.of(List.of(publicGraphs)),
        VtConnections.rows(publicConn, "SELECT count(*) FROM (SELECT id FROM graphs LIMIT 100)"));
  }

  @Test
  void aKeyWithoutAddOnLicencesSeesItsOwnAndSharedGraphs() throws Exception {
    // Graphs are free to every key (public keys may create public graphs, vt-graph-api docs):
    // a premium key with no licence reads them, and sees the private graphs shared with it.
    final long expected = graphs.stream().filter(g -> g.visibleTo("demo_basic")).count();
    assertTrue(expected > graphs.stream().filter(g -> !g.isPrivate()).count());
    try (Connection basic =
        VtConnections.open(
            sim.baseUrl(), sim.basicKey(), Map.of("cache", "false", "licences", "none"))) {
      assertEquals(
          List.of(List.of(expected)),
          VtConnections.rows(basic, "SELECT count(*) FROM (SELECT id FROM graphs LIMIT 100)"));
    }
  }

  @Test
  void orderAndLimitAskForOnePageOfTheirSize() throws Exception {
    assertEquals(
        ids(GraphData.ANALYST, g -> true, byLong("views_count").reversed(), 3),
        rows("SELECT id FROM graphs ORDER BY views_count DESC, id LIMIT 3"));
    SimRequests.assertCount(1, () -> sim.requests().count("GET /graphs"));
    sim.requests().reset();
    assertEquals(
        ids(GraphData.ANALYST, g -> true, byLong("last_modified_date"), 3),
        rows("SELECT id FROM graphs ORDER BY last_modified_date LIMIT 3"));
    assertEquals(Map.of("order", "last_modified_date+", "limit", "3"), onlyRequest("GET /graphs"));
  }

  @Test
  void filtersBecomeFilterTermsAndStayExactLocally() throws Exception {
    final Predicate<GraphData.Graph> wanted =
        g ->
            name(g).equals("Loader campaign")
                && attributes(g).path("views_count").asLong() > 1000
                && attributes(g).path("creation_date").asLong() >= 1_700_000_000L;
    final List<List<Object>> expected =
        ids(GraphData.ANALYST, wanted, byLong("creation_date").reversed(), 5);
    assertFalse(expected.isEmpty());
    assertEquals(
        expected,
        rows(
            "SELECT id FROM graphs WHERE name = 'Loader campaign' AND views_count > 1000"
                + " AND creation_date >= TIMESTAMP '2023-11-14 22:13:20'"
                + " ORDER BY creation_date DESC, id LIMIT 5"));
    // The terms are supersets kept locally, so the LIMIT above them reads whole pages.
    assertEquals(
        Map.of(
            "filter",
            "name:\"Loader campaign\" views_count:1000+ creation_date:2023-11-14T22:13:19+",
            "order",
            "creation_date-",
            "limit",
            "40"),
        onlyRequest("GET /graphs"));
  }

  @Test
  void privateBecomesATermAndStaysLocalToo() throws Exception {
    assertEquals(
        ids(GraphData.ANALYST, g -> !g.isPrivate(), byLong("views_count").reversed(), 5),
        rows("SELECT id FROM graphs WHERE NOT private ORDER BY views_count DESC, id LIMIT 5"));
    assertEquals(
        Map.of("filter", "private:false", "order", "views_count-", "limit", "40"),
        onlyRequest("GET /graphs"));
    sim.requests().reset();
    assertEquals(
        ids(GraphData.ANALYST, GraphData.Graph::isPrivate, byLong("creation_date"), 40),
        rows("SELECT id FROM graphs WHERE private ORDER BY creation_date, id"));
    assertEquals(
        Map.of("filter", "private:true", "order", "creation_date+", "limit", "40"),
        onlyRequest("GET /graphs"));
  }

  @Test
  void aBooleanParameterIsBoundIntoItsTerm() throws Exception {
    try (PreparedStatement s =
        conn.prepareStatement(
            "SELECT id FROM graphs WHERE private = ? ORDER BY creation_date, id LIMIT 40")) {
      s.setBoolean(1, true);
      assertEquals(
          ids(GraphData.ANALYST, GraphData.Graph::isPrivate, byLong("creation_date"), 40),
          VtConnections.rows(s.executeQuery()));
    }
    assertEquals(
        Map.of("filter", "private:true", "order", "creation_date+", "limit", "40"),
        onlyRequest("GET /graphs"));
  }

  @Test
  void orStaysLocal() throws Exception {
    final List<List<Object>> expected =
        ids(
            GraphData.ANALYST,
            g -> g.isPrivate() || name(g).equals("Untitled Graph"),
            byLong("comments_count"),
            40);
    assertEquals(
        expected,
        rows(
            "SELECT id FROM graphs WHERE private OR name = 'Untitled Graph'"
                + " ORDER BY comments_count, id LIMIT 40"));
    assertEquals(Map.of("order", "comments_count+", "limit", "40"), onlyRequest("GET /graphs"));
  }

  @Test
  void anUnboundedScanFailsBeforeAnyRequest() {
    final SQLException e =
        assertThrows(
            SQLException.class, () -> rows("SELECT id FROM graphs WHERE name LIKE '%C2%'"));
    assertTrue(e.getMessage().contains("/graphs"), e.getMessage());
  }

  @Test
  void relationshipTablesReadOneRequestPerParent() throws Exception {
    final GraphData.Graph shared = own(false, 0);
    assertEquals(
        List.of(List.of(shared.id(), GraphData.ANALYST)),
        rows("SELECT graph_id, id FROM graph_owner WHERE graph_id = '" + shared.id() + "'"));
    SimRequests.assertCount(1, () -> sim.requests().total());
    sim.requests().reset();
    // The empty one-to-one ("data": null) is no row.
    assertEquals(
        List.of(), rows("SELECT * FROM graph_group WHERE graph_id = '" + shared.id() + "'"));
    SimRequests.assertCount(1, () -> sim.requests().total());
    assertEquals(
        List.of(List.of("user", "vt_research")),
        rows(
            "SELECT target_type, target_id FROM graph_editors WHERE graph_id = '"
                + shared.id()
                + "'"));
    assertEquals(
        List.of(List.of("user", "demo_basic")),
        rows(
            "SELECT target_type, target_id FROM graph_viewers WHERE graph_id = '"
                + own(true, 0).id()
                + "'"));
    final GraphData.Graph commented =
        graphs.stream()
            .filter(g -> g.visibleTo(GraphData.ANALYST) && !g.comments().isEmpty())
            .findFirst()
            .orElseThrow();
    assertEquals(
        commented.comments().stream()
            .map(
                c ->
                    List.<Object>of(
                        c.path("id").asText(), c.path("attributes").path("text").asText()))
            .toList(),
        rows("SELECT id, text FROM graph_comments WHERE graph_id = '" + commented.id() + "'"));
    assertEquals(
        shared.items().stream().map(r -> List.<Object>of(r.type(), r.id())).toList(),
        rows(
            "SELECT target_type, target_id FROM graph_items WHERE graph_id = '"
                + shared.id()
                + "'"));
  }

  @Test
  void nodesAndLinksAreChildRowsOfOneLookup() throws Exception {
    final GraphData.Graph g = own(false, 2);
    final List<List<Object>> nodes = new ArrayList<>();
    for (JsonNode n : attributes(g).path("nodes")) {
      final JsonNode e = n.path("entity_attributes");
      nodes.add(
          Arrays.asList(
              n.path("entity_id").asText(),
              n.path("type").asText(),
              n.path("index").asInt(),
              e.has("has_detections") ? e.path("has_detections").asBoolean() : null,
              e.has("country") ? e.path("country").asText() : null));
    }
    assertEquals(
        nodes,
        rows(
            "SELECT entity_id, type, node_index, has_detections, country FROM graph_nodes"
                + " WHERE graph_id = '"
                + g.id()
                + "'"));
    SimRequests.assertCount(1, () -> sim.requests().count("GET /graphs/{id}"));
    final List<List<Object>> links = new ArrayList<>();
    for (JsonNode l : attributes(g).path("links")) {
      links.add(
          List.of(
              l.path("source").asText(),
              l.path("target").asText(),
              l.path("connection_type").asText()));
    }
    assertEquals(
        links,
        rows(
            "SELECT source, target, connection_type FROM graph_links WHERE graph_id = '"
                + g.id()
                + "'"));
  }

  @Test
  void objectsListTheGraphsTheKeyMaySee() throws Exception {
    final String domain = "files-host.top";
    final Ref ref = Ref.of("domain", domain);
    final Predicate<GraphData.Graph> holds = g -> g.items().contains(ref);
    final List<String> expected =
        graphs.stream()
            .filter(g -> g.visibleTo(GraphData.ANALYST) && holds.test(g))
            .map(GraphData.Graph::id)
            .sorted()
            .toList();
    assertTrue(expected.size() > 2);
    final List<String> seen = new ArrayList<>();
    rows("SELECT id FROM domain_graphs WHERE domain_id = '" + domain + "'")
        .forEach(r -> seen.add((String) r.get(0)));
    seen.sort(null);
    assertEquals(expected, seen);
    SimRequests.assertCount(1, () -> sim.requests().total());
    final long publicOnes = graphs.stream().filter(g -> !g.isPrivate() && holds.test(g)).count();
    assertTrue(publicOnes < expected.size(), "the demo key's private graph holds it too");
    assertEquals(
        List.of(List.of(publicOnes)),
        VtConnections.rows(
            publicConn, "SELECT count(*) FROM domain_graphs WHERE domain_id = '" + domain + "'"));
  }
}
