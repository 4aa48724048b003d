package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.Corpus;
import io.vtsql.simulator.corpus.Ref;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /files/{id}/behaviour_summary} (every list field of the file's sandbox reports, merged
 * without duplicates, as a bare {@code data} object) and {@code GET
 * /files/{id}/behaviour_mitre_trees} (per sandbox, the ATT&CK tactics and techniques its report
 * cites, with the signatures behind each technique).
 */
final class BehaviourEndpoints {

  /** The file sub-resources served here. */
  static final Set<String> SUBRESOURCES = Set.of("behaviour_summary", "behaviour_mitre_trees");

  private final Corpus corpus;

  BehaviourEndpoints(Corpus corpus) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
  }

  ObjectNode serve(ApiRequest request, String rawId, String subresource) {
    String id =
        corpus
            .canonicalId("file", rawId)
            .orElseThrow(() -> ApiException.notFound("File \"" + rawId + "\" not found"));
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
          Set<JsonNode> values = merged.computeIfAbsent(field.getKey(), k -> new LinkedHashSet<>());
          field.getValue().forEach(values::add);
        }
      }
    }
    ObjectNode out = Json.object();
    merged.forEach(
        (name, values) -> {
          ArrayNode list = out.putArray(name);
          values.forEach(list::add);
        });
    return out;
  }

  /**
   * The report's techniques grouped by tactic, named from the corpus's {@code attack_technique} and
   * {@code attack_tactic} objects (a technique the corpus lacks is left out).
   */
  private ArrayNode tactics(JsonNode report) {
    Map<String, ObjectNode> tactics = new LinkedHashMap<>();
    Map<String, ObjectNode> techniques = new LinkedHashMap<>();
    for (JsonNode cited : report.path("mitre_attack_techniques")) {
      String techniqueId = cited.path("id").asText();
      Optional<ObjectNode> technique = corpus.find("attack_technique", techniqueId);
      if (technique.isEmpty()) {
        continue;
      }
      for (Ref tacticRef : corpus.relatedRefs("attack_technique", techniqueId, "attack_tactics")) {
        Optional<ObjectNode> tactic = corpus.find("attack_tactic", tacticRef.id());
        if (tactic.isEmpty()) {
          continue;
        }
        ObjectNode tacticNode =
            tactics.computeIfAbsent(
                tacticRef.id(),
                k -> {
                  ObjectNode n = node(tactic.get());
                  n.putArray("techniques");
                  return n;
                });
        ObjectNode techniqueNode =
            techniques.computeIfAbsent(
                tacticRef.id() + "/" + techniqueId,
                k -> {
                  ObjectNode n = node(technique.get());
                  ((ArrayNode) tacticNode.get("techniques")).add(n);
                  n.putArray("signatures");
                  return n;
                });
        ObjectNode signature = ((ArrayNode) techniqueNode.get("signatures")).addObject();
        signature.put("severity", cited.path("severity").asText().replace("IMPACT_SEVERITY_", ""));
        signature.put("description", cited.path("signature_description").asText());
      }
    }
    ArrayNode out = Json.MAPPER.createArrayNode();
    tactics.values().forEach(out::add);
    return out;
  }

  /** {@code id, name, description, link} of an ATT&CK object. */
  private static ObjectNode node(ObjectNode object) {
    JsonNode a = object.path("attributes");
    ObjectNode n = Json.object();
    n.put("id", object.path("id").asText());
    n.put("name", a.path("name").asText());
    n.put("description", a.path("description").asText());
    n.put("link", a.path("link").asText());
    return n;
  }
}
