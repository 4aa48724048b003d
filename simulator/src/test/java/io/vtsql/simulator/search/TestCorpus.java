package io.vtsql.simulator.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.Corpus;
import io.vtsql.simulator.corpus.ObjectTypes;
import io.vtsql.simulator.corpus.Ref;
import io.vtsql.simulator.corpus.RelationStore;
import io.vtsql.simulator.corpus.RelationshipCatalogue;
import io.vtsql.simulator.corpus.StoredTable;
import java.util.HashMap;
import java.util.Map;

/** Builds small hand-made corpora for search tests. */
final class TestCorpus {

  static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, StoredTable> tables = new HashMap<>();
  private final RelationStore relations = new RelationStore();

  /** Adds an object of {@code type} with {@code id} and the given attributes JSON. */
  TestCorpus add(String type, String id, String attributesJson) {
    ObjectNode object = JSON.createObjectNode();
    object.put("type", type);
    object.put("id", id);
    object.putObject("links").put("self", ObjectTypes.selfLink(type, id));
    try {
      object.set("attributes", JSON.readTree(attributesJson));
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(attributesJson, e);
    }
    tables.computeIfAbsent(type, t -> new StoredTable()).put(object);
    return this;
  }

  /** Adds a relationship edge. */
  TestCorpus relate(String type, String id, String relationship, String targetType, String target) {
    relations.add(type, id, relationship, Ref.of(targetType, target));
    return this;
  }

  Corpus build() {
    return new Corpus(new HashMap<>(tables), relations, RelationshipCatalogue.standard());
  }
}
