package io.vtsql.simulator.corpus;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@link ObjectTable} that keeps fully built objects in memory (loaded corpora, small types).
 */
public final class StoredTable implements ObjectTable {

  private final Map<String, ObjectNode> objects = new LinkedHashMap<>();
  private final Map<String, String> aliases = new HashMap<>();

  /** Adds or replaces an object; its canonical id is {@code object.id}. */
  public synchronized void put(ObjectNode object) {
    Objects.requireNonNull(object, "object");
    objects.put(object.path("id").asText(), object);
  }

  /** Makes {@code alias} resolve to {@code canonicalId}. */
  public synchronized void alias(String alias, String canonicalId) {
    aliases.put(Objects.requireNonNull(alias, "alias"), Objects.requireNonNull(canonicalId, "id"));
  }

  /** Whether an object with this canonical id is stored. */
  public synchronized boolean contains(String canonicalId) {
    return objects.containsKey(canonicalId);
  }

  @Override
  public synchronized List<String> ids() {
    return new ArrayList<>(objects.keySet());
  }

  @Override
  public synchronized Optional<String> resolve(String idOrAlias) {
    if (objects.containsKey(idOrAlias)) {
      return Optional.of(idOrAlias);
    }
    String canonical = aliases.get(idOrAlias);
    if (canonical == null) {
      canonical = aliases.get(idOrAlias.toLowerCase(java.util.Locale.ROOT));
    }
    return Optional.ofNullable(canonical).filter(objects::containsKey);
  }

  @Override
  public synchronized ObjectNode materialize(String canonicalId) {
    ObjectNode node = objects.get(canonicalId);
    if (node == null) {
      throw new IllegalArgumentException("no object " + canonicalId);
    }
    return node;
  }
}
