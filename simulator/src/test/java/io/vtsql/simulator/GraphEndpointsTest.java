package io.vtsql.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vtsql.simulator.corpus.gen.GraphData;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * VT Graph: the graphs list envelope (vx_graphs_list.yml: {@code meta} holds only a {@code True:}
 * cursor), its filter, projection, order and limit, per-key visibility of private graphs, the
 * relationships (the empty one-to-one {@code group} is {@code "data": null}) and the objects'
 * {@code graphs}.
 */
class GraphEndpointsTest {

  private static VtSimulator sim;
  private static List<GraphData.Graph> graphs;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().publicQuota(1000, 100_000).build());
    graphs = GraphData.generate(sim.corpus());
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  private static Http.Response get(String path, String key) {
    return Http.get(sim.baseUrl() + path, key);
  }

  private static String filter(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static long visibleTo(String user) {
    return graphs.stream().filter(g -> g.visibleTo(user)).count();
  }

  @Test
  void theListPagesWithOnlyACursorInMetaAndShowsEachKeyItsGraphs() {
    JsonNode first = get("/graphs", sim.premiumKey()).json();
    assertEquals(10, first.get("data").size());
    List<String> meta = new ArrayList<>();
    first.get("meta").fieldNames().forEachRemaining(meta::add);
    assertEquals(List.of("cursor"), meta);
    assertTrue(first.get("meta").get("cursor").asText().startsWith("True:"));
    assertEquals(
        visibleTo(GraphData.ANALYST),
        CommunityEndpointsTest.allPages(sim.baseUrl() + "/graphs?limit=7", sim.premiumKey())
            .size());
    assertEquals(
        visibleTo("demo_public"),
        CommunityEndpointsTest.allPages(sim.baseUrl() + "/graphs?limit=40", sim.publicKey())
            .size());
    JsonNode whole = get("/graphs?limit=40", sim.premiumKey()).json();
    assertFalse(whole.has("meta"), "no meta without a next page");
    CommunityEndpointsTest.assertError(
        get("/graphs?limit=41", sim.premiumKey()), 400, "BadRequestError");
  }

  @Test
  void filterTermsAndOrders() {
    JsonNode mine =
        get(
                "/graphs?limit=40&filter=" + filter("owner:demo_analyst private:true"),
                sim.premiumKey())
            .json();
    long expected =
        graphs.stream().filter(g -> g.owner().equals(GraphData.ANALYST) && g.isPrivate()).count();
    assertEquals(expected, mine.get("data").size());
    JsonNode domain =
        get("/graphs?limit=40&filter=" + filter("domain:files-host.top"), sim.premiumKey()).json();
    domain
        .get("data")
        .forEach(g -> assertTrue(g.toString().contains("\"files-host.top\""), g.toString()));
    JsonNode ordered = get("/graphs?limit=40&order=views_count-", sim.premiumKey()).json();
    for (int i = 1; i < ordered.get("data").size(); i++) {
      assertTrue(
          ordered.get("data").get(i - 1).at("/attributes/views_count").asLong()
              >= ordered.get("data").get(i).at("/attributes/views_count").asLong());
    }
    JsonNode projected = get("/graphs?attributes=private,graph_data", sim.premiumKey()).json();
    List<String> kept = new ArrayList<>();
    projected.at("/data/0/attributes").fieldNames().forEachRemaining(kept::add);
    assertEquals(List.of("graph_data", "private"), kept.stream().sorted().toList());
    CommunityEndpointsTest.assertError(
        get("/graphs?filter=" + filter("colour:red"), sim.premiumKey()),
        400,
        "InvalidArgumentError");
    CommunityEndpointsTest.assertError(
        get("/graphs?order=size-", sim.premiumKey()), 400, "InvalidArgumentError");
  }

  @Test
  void aLoadedCorpusServesItsOwnGraphs() throws Exception {
    Path captures = Path.of(System.getProperty("vtsql.captures", "../../shared/vt-api/captures"));
    assumeTrue(Files.isDirectory(captures), "captures folder absent: " + captures);
    try (VtSimulator loaded =
        VtSimulator.start(SimulatorConfig.builder().corpusDir(captures).build())) {
      String id = "g7bca5023c497475bbc737e8c29f32a0c3d7b9c5eb8af43bab7b59dd1f6f17e79";
      JsonNode graph = Http.get(loaded.baseUrl() + "/graphs/" + id, loaded.premiumKey()).json();
      assertEquals("Untitled Graph", graph.at("/data/attributes/graph_data/description").asText());
      // The captured graphs, and the demo graphs drawn around its files.
      assertEquals(
          loaded.corpus().ids("graph").size()
              + GraphData.generate(loaded.corpus()).stream()
                  .filter(g -> g.visibleTo(GraphData.ANALYST))
                  .count(),
          CommunityEndpointsTest.allPages(loaded.baseUrl() + "/graphs", loaded.premiumKey())
              .size());
    }
  }

  @Test
  void privateGraphsAndRelationships() {
    GraphData.Graph mine =
        graphs.stream()
            .filter(g -> g.owner().equals(GraphData.ANALYST) && g.isPrivate())
            .findFirst()
            .orElseThrow();
    assertEquals(200, get("/graphs/" + mine.id(), sim.premiumKey()).status());
    CommunityEndpointsTest.assertError(
        get("/graphs/" + mine.id(), sim.publicKey()), 404, "NotFoundError");
    JsonNode owner = get("/graphs/" + mine.id() + "/owner", sim.premiumKey()).json();
    assertEquals("user", owner.at("/data/type").asText());
    assertEquals(GraphData.ANALYST, owner.at("/data/id").asText());
    JsonNode group = get("/graphs/" + mine.id() + "/group", sim.premiumKey()).json();
    assertTrue(group.get("data").isNull());
    JsonNode items =
        get("/graphs/" + mine.id() + "/relationships/items?limit=40", sim.premiumKey()).json();
    assertEquals(mine.items().size(), items.get("data").size());
    assertTrue(items.get("links").has("related"));
    JsonNode containing = get("/domains/files-host.top/graphs?limit=40", sim.publicKey()).json();
    containing
        .get("data")
        .forEach(g -> assertFalse(g.at("/attributes/private").asBoolean(), g.get("id").asText()));
  }
}
