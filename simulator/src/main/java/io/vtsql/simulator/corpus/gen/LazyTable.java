package io.vtsql.simulator.corpus.gen;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.ObjectTable;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * An {@link ObjectTable} that builds objects on first use from compact seeds and keeps a bounded
 * number of them, so a corpus of 100k files costs memory only for the objects recently read.
 */
final class LazyTable implements ObjectTable {

  private final List<String> ids;
  private final Map<String, String> lookup;
  private final Function<String, ObjectNode> builder;

  /** Retaining every object of a 100k corpus costs gigabytes and long GC pauses; keep a window. */
  private static final int CACHE_LIMIT = 4_096;

  private final Map<String, ObjectNode> cache = new ConcurrentHashMap<>();

  /**
   * @param ids canonical ids in stable order
   * @param lookup every accepted id (canonical ids and aliases) → canonical id
   * @param builder materialises a canonical id; must be deterministic
   */
  LazyTable(List<String> ids, Map<String, String> lookup, Function<String, ObjectNode> builder) {
    this.ids = Collections.unmodifiableList(ids);
    this.lookup = lookup;
    this.builder = builder;
  }

  @Override
  public List<String> ids() {
    return ids;
  }

  @Override
  public Optional<String> resolve(String idOrAlias) {
    String canonical = lookup.get(idOrAlias);
    if (canonical == null) {
      canonical = lookup.get(idOrAlias.toLowerCase(Locale.ROOT));
    }
    return Optional.ofNullable(canonical);
  }

  @Override
  public ObjectNode materialize(String canonicalId) {
    ObjectNode node = cache.get(canonicalId);
    if (node == null) {
      node = builder.apply(canonicalId);
      if (cache.size() >= CACHE_LIMIT) {
        cache.clear();
      }
      cache.put(canonicalId, node);
    }
    return node;
  }
}
