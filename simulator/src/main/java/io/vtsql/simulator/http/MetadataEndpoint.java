package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.Tier;
import io.vtsql.simulator.corpus.RelationshipCatalogue;
import io.vtsql.simulator.corpus.gen.CorpusGenerator;

/** {@code GET /metadata}: engines, the caller's privileges and the relationship catalogue. */
final class MetadataEndpoint {

  private MetadataEndpoint() {
  }

  static ObjectNode metadata(RelationshipCatalogue catalogue, Tier tier) {
    ObjectNode body = Json.object();
    ObjectNode data = body.putObject("data");
    ObjectNode engines = data.putObject("engines");
    for (String engine : CorpusGenerator.fileEngines()) {
      engines.putObject(engine).put("category", "file");
    }
    ArrayNode privileges = data.putArray("privileges");
    privileges.add("public");
    if (tier == Tier.PREMIUM) {
      privileges.add("private");
      privileges.add("intelligence");
    }
    ObjectNode relationships = data.putObject("relationships");
    for (String type : catalogue.types()) {
      ArrayNode list = relationships.putArray(type);
      catalogue.relationships(type).forEach(r -> {
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
