package io.vtsql.simulator.corpus.gen;

import io.vtsql.simulator.corpus.Ref;
import io.vtsql.simulator.corpus.RelationStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;

/** Collects relationship edges without duplicates, then hands them to a {@link RelationStore}. */
final class EdgeBuilder {

  private final Map<String, Map<String, LinkedHashSet<Ref>>> edges = new HashMap<>();
  private final Map<String, String[]> keys = new HashMap<>();

  /** Adds {@code target} to relationship {@code rel} of object (type, id), once. */
  void add(String type, String id, String rel, Ref target) {
    String key = type + '\u0000' + id;
    keys.computeIfAbsent(key, k -> new String[] {type, id});
    edges.computeIfAbsent(key, k -> new HashMap<>())
        .computeIfAbsent(rel, r -> new LinkedHashSet<>()).add(target);
  }

  /** Adds the edge in both directions: source → target under {@code rel}, back under {@code reverse}. */
  void link(Ref source, String rel, Ref target, String reverse) {
    add(source.type(), source.id(), rel, target);
    add(target.type(), target.id(), reverse, source);
  }

  RelationStore build() {
    RelationStore store = new RelationStore();
    edges.forEach((key, rels) -> {
      String[] typeId = keys.get(key);
      rels.forEach((rel, refs) -> store.set(typeId[0], typeId[1], rel, new ArrayList<>(refs)));
    });
    return store;
  }
}
