package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The graph tables read the real VirusTotal responses of the shared captures (vx_graph*.yml, served
 * verbatim by path): the graph object and its nodes, the graphs list (whose {@code meta} has only a
 * cursor), the full items, the owner's public view, the empty one-to-one {@code group} ({@code
 * "data": null}), the empty comments and the empty descriptor list of editors.
 */
class GraphCapturesTest {
  private static final String GRAPH =
      "g7bca5023c497475bbc737e8c29f32a0c3d7b9c5eb8af43bab7b59dd1f6f17e79";
  private static final String FILE =
      "aa766b215e8614615f3477c0b22ec5b80d013e8527a18d1ecf08cf3076e5cae1";
  private static final String API = "https://www.virustotal.com";
  private static final Map<String, String> BODIES = new ConcurrentHashMap<>();
  private static final List<String> ASKED = new ArrayList<>();
  private static MockWebServer server;
  private static Connection conn;

  @BeforeAll
  static void start() throws Exception {
    final Path captures =
        Path.of(System.getProperty("vtsql.captures", "../../shared/vt-api/captures"));
    assumeTrue(Files.isDirectory(captures), "captures folder absent: " + captures);
    final YAMLMapper yaml = new YAMLMapper();
    for (String name :
        List.of(
            "vx_graph_get.yml",
            "vx_graphs_list.yml",
            "vx_graph_items.yml",
            "vx_graph_owner_user_1to1.yml",
            "vx_graph_group_null_1to1.yml",
            "vx_graph_comments_empty.yml",
            "vx_graph_relationships_editors_descriptors_empty.yml")) {
      final JsonNode interaction =
          yaml.readTree(captures.resolve(name).toFile()).path("http_interactions").get(0);
      final String uri = interaction.path("request").path("uri").asText();
      BODIES.put(
          uri.substring(API.length()),
          interaction.path("response").path("body").path("string").asText());
    }
    server = new MockWebServer();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            final String path = request.getUrl().encodedPath();
            synchronized (ASKED) {
              ASKED.add(path);
            }
            final String body = BODIES.get(path);
            return new MockResponse.Builder()
                .code(body == null ? 404 : 200)
                .setHeader("Content-Type", "application/json; charset=utf-8")
                .body(
                    body == null
                        ? "{\"error\":{\"code\":\"NotFoundError\",\"message\":\"not captured\"}}"
                        : body)
                .build();
          }
        });
    server.start(InetAddress.getLoopbackAddress(), 0);
    conn = VtConnections.open(server.url("/api/v3").toString(), "k", Map.of("cache", "false"));
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      conn.close();
      server.close();
    }
  }

  @BeforeEach
  void reset() {
    synchronized (ASKED) {
      ASKED.clear();
    }
  }

  private static List<List<Object>> rows(String sql) throws Exception {
    return VtConnections.rows(conn, sql);
  }

  private static List<String> asked() {
    synchronized (ASKED) {
      return List.copyOf(ASKED);
    }
  }

  @Test
  void theGraphObjectAndItsNodes() throws Exception {
    assertEquals(
        List.of(
            List.of(
                GRAPH,
                "Untitled Graph",
                "3.8.2",
                false,
                Timestamp.valueOf("2019-10-19 05:18:53"),
                7,
                0)),
        rows(
            "SELECT id, name, version, private, creation_date, views_count, comments_count"
                + " FROM graphs WHERE id = '"
                + GRAPH
                + "'"));
    assertEquals(
        List.of(List.of(FILE, "file", "hang moi1.rar", 0, false, "rar")),
        rows(
            "SELECT entity_id, type, label, node_index, has_detections, type_tag"
                + " FROM graph_nodes WHERE graph_id = '"
                + GRAPH
                + "'"));
    assertEquals(List.of(), rows("SELECT * FROM graph_links WHERE graph_id = '" + GRAPH + "'"));
  }

  @Test
  void theListWithOnlyACursorInMeta() throws Exception {
    final List<List<Object>> first =
        rows("SELECT id, name, views_count, private FROM graphs LIMIT 10");
    assertEquals(10, first.size());
    assertEquals(
        Arrays.asList(
            "g8a8c71844d5444f98fd3ef10e3ccc94f894c32f05f86417cb4c7605cdc8a2308",
            "WannaCry",
            17754,
            false),
        first.get(0));
    assertEquals(List.of("/api/v3/graphs"), asked());
  }

  @Test
  void relationshipsIncludingTheEmptyOneToOne() throws Exception {
    assertEquals(
        List.of(List.of("sreenivasaraop", "sreenivasarao")),
        rows("SELECT id, first_name FROM graph_owner" + " WHERE graph_id = '" + GRAPH + "'"));
    assertEquals(List.of(), rows("SELECT * FROM graph_group WHERE graph_id = '" + GRAPH + "'"));
    assertEquals(
        List.of(), rows("SELECT id, text FROM graph_comments WHERE graph_id = '" + GRAPH + "'"));
    assertEquals(
        List.of(), rows("SELECT target_id FROM graph_editors WHERE graph_id = '" + GRAPH + "'"));
    assertEquals(
        List.of(List.of("file", FILE, "hang moi1.rar")),
        rows(
            "SELECT target_type, target_id, JSON_VALUE(attributes, '$.meaningful_name')"
                + " FROM graph_items WHERE graph_id = '"
                + GRAPH
                + "'"));
    assertEquals(
        List.of(
            "/api/v3/graphs/" + GRAPH + "/owner",
            "/api/v3/graphs/" + GRAPH + "/group",
            "/api/v3/graphs/" + GRAPH + "/comments",
            "/api/v3/graphs/" + GRAPH + "/relationships/editors",
            "/api/v3/graphs/" + GRAPH + "/items"),
        asked());
  }
}
