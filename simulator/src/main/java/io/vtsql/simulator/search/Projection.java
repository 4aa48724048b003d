package io.vtsql.simulator.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cuts a corpus object down to what searching and ordering read: {@code type}, {@code id} and the
 * listed attribute paths. {@code last_analysis_results} keeps only engines with a non-null {@code
 * result}, and of those only the {@code result}. Immutable value nodes (text, numbers) are shared
 * with the source, and only the containers are new, so a projection is small and the source object
 * is never modified.
 */
final class Projection {

  private static final String RESULTS = "last_analysis_results";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Projection() {}

  /**
   * The projection of {@code object} on {@code paths} (dotted attribute paths). Adds the normalised
   * name of every engine seen, detected or not, to {@code engineNames}.
   */
  static ObjectNode of(ObjectNode object, List<String> paths, Set<String> engineNames) {
    ObjectNode row = NODES.objectNode();
    row.set("type", object.get("type"));
    row.set("id", object.get("id"));
    ObjectNode attributes = row.putObject("attributes");
    JsonNode source = object.path("attributes");
    for (String path : paths) {
      if (path.equals(RESULTS)) {
        attributes.set(RESULTS, detections(source.path(RESULTS), engineNames));
      } else {
        copy(source, attributes, Attributes.path(path), 0);
      }
    }
    return row;
  }

  private static void copy(JsonNode from, ObjectNode to, String[] path, int depth) {
    JsonNode value = from.get(path[depth]);
    if (value == null) {
      return;
    }
    if (depth == path.length - 1) {
      to.set(path[depth], value.isContainerNode() ? value.deepCopy() : value);
    } else if (value.isObject()) {
      JsonNode existing = to.get(path[depth]);
      ObjectNode child = existing instanceof ObjectNode node ? node : to.putObject(path[depth]);
      copy(value, child, path, depth + 1);
    }
  }

  private static ObjectNode detections(JsonNode results, Set<String> engineNames) {
    ObjectNode kept = NODES.objectNode();
    Iterator<Map.Entry<String, JsonNode>> engines = results.fields();
    while (engines.hasNext()) {
      Map.Entry<String, JsonNode> engine = engines.next();
      engineNames.add(EngineModifier.normalise(engine.getKey()));
      JsonNode result = engine.getValue().get("result");
      if (result != null && result.isTextual()) {
        kept.putObject(engine.getKey()).set("result", result);
      }
    }
    return kept;
  }
}
