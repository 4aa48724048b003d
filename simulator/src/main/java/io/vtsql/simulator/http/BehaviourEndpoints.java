package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.AttackMatrix;
import io.vtsql.simulator.corpus.Corpus;
import io.vtsql.simulator.corpus.Ref;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@code GET /files/{id}/behaviour_summary} (every list field of the file's sandbox reports,
 * merged without duplicates, as a bare {@code data} object) and
 * {@code GET /files/{id}/behaviour_mitre_trees} (per sandbox, the ATT&CK tactics and techniques
 * its report cites, with the signatures behind each technique).
 */
final class BehaviourEndpoints {

  /** The file sub-resources served here. */
  static final Set<String> SUBRESOURCES = Set.of("behaviour_summary", "behaviour_mitre_trees");

  private final Corpus corpus;

  BehaviourEndpoints(Corpus corpus) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
  }

  ObjectNode serve(ApiRequest request, String rawId, String subresource) {
    String id = corpus.canonicalId("file", rawId).orElseThrow(() ->
        ApiException.notFound("File \"" + rawId + "\" not found"));
    List<JsonNode> reports = new ArrayList<>();
    for (Ref ref : corpus.relatedRefs("file", id, "behaviours")) {
      corpus.find(ref.type(), ref.id()).ifPresent(r -> reports.add(r.path("attributes")));
    }
    ObjectNode body = Json.object();
    if (subresource.equals("behaviour_summary")) {
      body.set("data", summary(reports));
      return body;
    }
    ObjectNode data = body.putObject("data");
    for (JsonNode report : reports) {
      data.putObject(report.path("sandbox_name").asText()).set("tactics", tactics(report));
    }
    body.putObject("links").put("self", request.base() + "/files/" + id + "/" + subresource);
    return body;
  }

  private static ObjectNode summary(List<JsonNode> reports) {
    Map<String, Set<JsonNode>> merged = new LinkedHashMap<>();
    for (JsonNode report : reports) {
      for (Iterator<Map.Entry<String, JsonNode>> it = report.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (field.getValue().isArray()) {
          Set<JsonNode> values = merged.computeIfAbsent(field.getKey(),
              k -> new LinkedHashSet<>());
          field.getValue().forEach(values::add);
        }
      }
    }
    ObjectNode out = Json.object();
    merged.forEach((name, values) -> {
      ArrayNode list = out.putArray(name);
      values.forEach(list::add);
    });
    return out;
  }

  private static ArrayNode tactics(JsonNode report) {
    Map<String, ObjectNode> tactics = new LinkedHashMap<>();
    Map<String, ObjectNode> techniques = new LinkedHashMap<>();
    for (JsonNode cited : report.path("mitre_attack_techniques")) {
      AttackMatrix.technique(cited.path("id").asText()).ifPresent(t -> {
        for (AttackMatrix.Tactic tactic : t.tactics()) {
          ObjectNode tacticNode = tactics.computeIfAbsent(tactic.id(), k -> {
            ObjectNode n = Json.object();
            n.put("id", tactic.id());
            n.put("name", tactic.name());
            n.put("description", tactic.description());
            n.put("link", tactic.link());
            n.putArray("techniques");
            return n;
          });
          ObjectNode techniqueNode = techniques.computeIfAbsent(tactic.id() + "/" + t.id(), k -> {
            ObjectNode n = ((ArrayNode) tacticNode.get("techniques")).addObject();
            n.put("id", t.id());
            n.put("name", t.name());
            n.put("description", t.description());
            n.put("link", t.link());
            n.putArray("signatures");
            return n;
          });
          ObjectNode signature = ((ArrayNode) techniqueNode.get("signatures")).addObject();
          signature.put("severity", cited.path("severity").asText()
              .replace("IMPACT_SEVERITY_", ""));
          signature.put("description", cited.path("signature_description").asText());
        }
      });
    }
    ArrayNode out = Json.MAPPER.createArrayNode();
    tactics.values().forEach(out::add);
    return out;
  }
}
