package io.vtsql.simulator.corpus;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Two object tables of one type served as one: ids of the first, then of the second. */
public final class UnionTable implements ObjectTable {

  private final ObjectTable first;
  private final ObjectTable second;
  private final List<String> ids;

  /** Objects present in both resolve to {@code first}'s. */
  public UnionTable(ObjectTable first, ObjectTable second) {
    this.first = Objects.requireNonNull(first, "first");
    this.second = Objects.requireNonNull(second, "second");
    List<String> all = new ArrayList<>(first.ids());
    all.addAll(second.ids());
    this.ids = List.copyOf(all);
  }

  @Override
  public List<String> ids() {
    return ids;
  }

  @Override
  public Optional<String> resolve(String idOrAlias) {
    Optional<String> id = first.resolve(idOrAlias);
    return id.isPresent() ? id : second.resolve(idOrAlias);
  }

  @Override
  public ObjectNode materialize(String canonicalId) {
    return first.resolve(canonicalId).isPresent()
        ? first.materialize(canonicalId)
        : second.materialize(canonicalId);
  }
}
