package io.vtsql.driver;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One self-contained HTML page drawing a {@link PivotGraph} with Cytoscape.js, whose code is
 * inlined from the cytoscape webjar on the classpath: the page loads nothing when viewed. Once
 * drawn, the page sets {@code data-nodes} and {@code data-edges} on its graph element.
 */
final class GraphPage {
  private static final String WEBJAR = "META-INF/resources/webjars/cytoscape/";
  private static final String WEBJAR_VERSION =
      "META-INF/maven/org.webjars.npm/cytoscape/pom.properties";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("@(TITLE|COUNTS|CYTOSCAPE|ELEMENTS)@");

  private GraphPage() {}

  /** The page, titled with the statement that produced the graph. */
  static String render(PivotGraph graph, String title) {
    Map<String, String> values =
        Map.of(
            "TITLE", escapeHtml(title),
            "COUNTS", graph.nodes().size() + " objects, " + graph.edges().size() + " relationships",
            "CYTOSCAPE", scriptSafe(cytoscape()),
            "ELEMENTS", scriptSafe(elements(graph)));
    // One pass, so no inserted text is ever read as a placeholder.
    return PLACEHOLDER
        .matcher(template())
        .replaceAll(m -> Matcher.quoteReplacement(values.get(m.group(1))));
  }

  /** Cytoscape's element list: nodes with type, label and detections, then edges. */
  private static String elements(PivotGraph graph) {
    ArrayNode elements = JSON.createArrayNode();
    for (PivotGraph.Node node : graph.nodes()) {
      ObjectNode data = elements.addObject().putObject("data");
      data.put("id", node.key());
      data.put("type", node.type());
      data.put("label", node.label());
      data.put("objectId", node.id());
      if (node.malicious() != null) {
        data.put("malicious", node.malicious());
      }
    }
    int n = 0;
    for (PivotGraph.Edge edge : graph.edges()) {
      ObjectNode data = elements.addObject().putObject("data");
      data.put("id", "e" + n++);
      data.put("source", edge.source());
      data.put("target", edge.target());
      data.put("label", edge.relationship());
    }
    return elements.toString();
  }

  private static String cytoscape() {
    Properties version = new Properties();
    try (InputStream in = resource(WEBJAR_VERSION)) {
      version.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read(WEBJAR + version.getProperty("version") + "/dist/cytoscape.min.js");
  }

  private static String template() {
    return read("io/vtsql/driver/graph-page.html");
  }

  private static String read(String name) {
    try (InputStream in = resource(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = GraphPage.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException("missing from the vtsql jar: " + name);
    }
    return in;
  }

  /** Text inside a script element must not close it. */
  private static String scriptSafe(String script) {
    return script.replace("</", "<\\/");
  }

  private static String escapeHtml(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
