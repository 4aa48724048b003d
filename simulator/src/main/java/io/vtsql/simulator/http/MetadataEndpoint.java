package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.RelationshipCatalogue;
import io.vtsql.simulator.corpus.gen.CorpusGenerator;
import java.util.List;

/**
 * {@code GET /metadata}: the engines in use, the privileges that exist and the relationship
 * catalogue. As in the docs' example (reference/metadata), every engine maps to an empty object and
 * privileges are the names VirusTotal grants, the same for every caller.
 */
final class MetadataEndpoint {

  /** The docs' example privileges plus the ones the API reference names for premium endpoints. */
  static final List<String> PRIVILEGES =
      List.of(
          "cases",
          "click_to_accept",
          "creditcards",
          "dogfooder",
          "downloads-tier-1",
          "downloads-tier-2",
          "file-behaviour-feed",
          "file-feed",
          "intelligence",
          "livehunt",
          "private",
          "retrohunt",
          "url-feed");

  private MetadataEndpoint() {}

  static ObjectNode metadata(RelationshipCatalogue catalogue) {
    ObjectNode body = Json.object();
    ObjectNode data = body.putObject("data");
    ObjectNode engines = data.putObject("engines");
    for (List<String> names :
        List.of(CorpusGenerator.fileEngines(), CorpusGenerator.urlEngines())) {
      names.forEach(engine -> engines.putObject(engine));
    }
    ArrayNode privileges = data.putArray("privileges");
    PRIVILEGES.forEach(privileges::add);
    ObjectNode relationships = data.putObject("relationships");
    for (String type : catalogue.types()) {
      ArrayNode list = relationships.putArray(type);
      catalogue
          .relationships(type)
          .forEach(
              r -> {
                ObjectNode entry = list.addObject();
                entry.put("name", r.name());
                entry.put("description", r.description());
                entry.put("cardinality", r.cardinality().label());
                entry.put("premium", r.premium());
                ArrayNode targets = entry.putArray("target_types");
                r.targetTypes().forEach(targets::add);
              });
    }
    return body;
  }
}
