package io.vtsql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code vtsql graph}: a pivot's objects and relationships as one offline HTML page. */
class GraphCommandTest {
  /** Files, the domains and IP addresses they contact: three types, two relationships. */
  private static final String PIVOT =
      "SELECT f.id, f.meaningful_name, f.malicious,"
          + " d.id, d.malicious, i.id FROM files f"
          + " JOIN file_contacted_domains d ON d.file_id = f.id"
          + " JOIN file_contacted_ips i ON i.file_id = f.id"
          + " WHERE f.malicious >= 50 LIMIT 40";

  private static Set<String> files = new HashSet<>();
  private static Set<String> domains = new HashSet<>();
  private static Set<String> ips = new HashSet<>();
  private static Set<String> edges = new HashSet<>();

  /** What the graph must show, read from the same rows by column position. */
  @BeforeAll
  static void readThePivot() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:vt:");
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(PIVOT)) {
      while (rows.next()) {
        files.add(rows.getString(1));
        domains.add(rows.getString(4));
        ips.add(rows.getString(6));
        edges.add(rows.getString(1) + ">" + rows.getString(4));
        edges.add(rows.getString(1) + ">" + rows.getString(6));
      }
    }
    assertFalse(files.isEmpty() || domains.isEmpty() || ips.isEmpty(), "the pivot is empty");
  }

  @Test
  void objectsAreNodesAndRelationshipsAreEdges() throws SQLException {
    PivotGraph graph;
    try (Connection c = DriverManager.getConnection("jdbc:vt:");
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(PIVOT)) {
      graph = PivotGraph.of(rows);
    }
    assertEquals(files.size() + domains.size() + ips.size(), graph.nodes().size());
    assertEquals(files.size(), count(graph, "file"));
    assertEquals(domains.size(), count(graph, "domain"));
    assertEquals(ips.size(), count(graph, "ip_address"));
    assertEquals(edges.size(), graph.edges().size());
    for (PivotGraph.Edge edge : graph.edges()) {
      assertTrue(edge.source().startsWith("file/"), edge.toString());
      assertTrue(
          List.of("contacted_domains", "contacted_ips").contains(edge.relationship()),
          edge.toString());
    }
    for (PivotGraph.Node node : graph.nodes()) {
      // Detections were selected for files and domains, not for the IP addresses.
      assertEquals(!node.type().equals("ip_address"), node.malicious() != null, node.toString());
    }
  }

  @Test
  void aKeyInTheUrlIsRefusedBeforeConnecting(@TempDir Path dir) {
    String key = "f".repeat(64);
    Path page = dir.resolve("pivot.html");
    PrintStream originalErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int exit;
    try {
      exit =
          new CommandLine(new GraphCommand())
              .execute("-e", PIVOT, "-o", page.toString(), "-u", "jdbc:vt:APIKEY=" + key);
    } finally {
      System.setErr(originalErr);
    }
    String message = err.toString(StandardCharsets.UTF_8);
    assertEquals(VtsqlMain.EXIT_KEY_ON_COMMAND_LINE, exit, message);
    assertTrue(message.contains("VT_API_KEY"), message);
    assertFalse(message.contains(key), message);
    assertFalse(Files.exists(page), "nothing is written");
  }

  @Test
  void thePageIsSelfContainedAndDrawsEveryNodeAndEdge(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("pivot.html");
    int exit = new CommandLine(new GraphCommand()).execute("-e", PIVOT, "-o", page.toString());
    assertEquals(0, exit);
    String html = Files.readString(page);
    assertFalse(html.contains("<script src") || html.contains("<link"), "loads something");
    assertTrue(html.contains("cytoscape"), "Cytoscape.js is not inlined");

    assumeTrue(HeadlessChromium.installed(), "chromium is not installed");
    String dom = HeadlessChromium.dumpDom(page);
    Matcher drawn = Pattern.compile("data-nodes=\"(\\d+)\" data-edges=\"(\\d+)\"").matcher(dom);
    assertTrue(
        drawn.find(), "the page did not draw: " + dom.substring(0, Math.min(500, dom.length())));
    assertEquals(files.size() + domains.size() + ips.size(), Integer.parseInt(drawn.group(1)));
    assertEquals(edges.size(), Integer.parseInt(drawn.group(2)));
  }

  private static long count(PivotGraph graph, String type) {
    return graph.nodes().stream().filter(n -> n.type().equals(type)).count();
  }
}
