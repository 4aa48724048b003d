package io.vtsql.simulator.corpus.gen;

import io.vtsql.simulator.corpus.Ref;
import io.vtsql.simulator.corpus.RelationStore;

/** Records relationship edges without duplicates, optionally in both directions. */
final class EdgeBuilder {

  private final RelationStore store = new RelationStore();

  /** Adds {@code target} to relationship {@code rel} of object (type, id), once. */
  void add(String type, String id, String rel, Ref target) {
    store.add(type, id, rel, target);
  }

  /**
   * Adds the edge in both directions: source → target under {@code rel}, back under {@code
   * reverse}.
   */
  void link(Ref source, String rel, Ref target, String reverse) {
    add(source.type(), source.id(), rel, target);
    add(target.type(), target.id(), reverse, source);
  }

  RelationStore build() {
    return store;
  }
}
