package io.vtsql.simulator.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The edges of every relationship: (source type, source id, relationship) → ordered refs. Filled
 * once while a corpus is built, then only read.
 */
public final class RelationStore {

  /** Lists longer than this get a hash index so de-duplicating stays linear at 100k files. */
  private static final int INDEX_FROM = 16;

  private final Map<String, List<Ref>> edges = new HashMap<>();
  private final Map<String, java.util.Set<Ref>> indexes = new HashMap<>();

  /** Appends {@code target} to the relationship of the given source object unless present. */
  public synchronized void add(String type, String id, String relationship, Ref target) {
    Objects.requireNonNull(target, "target");
    String key = key(type, id, relationship);
    List<Ref> refs = edges.computeIfAbsent(key, k -> new ArrayList<>(4));
    if (refs.size() < INDEX_FROM) {
      if (!refs.contains(target)) {
        refs.add(target);
      }
      return;
    }
    java.util.Set<Ref> index = indexes.computeIfAbsent(key, k -> new java.util.HashSet<>(refs));
    if (index.add(target)) {
      refs.add(target);
    }
  }

  /** Replaces the whole relationship of the given source object. */
  public synchronized void set(String type, String id, String relationship, List<Ref> targets) {
    String key = key(type, id, relationship);
    indexes.remove(key);
    edges.put(key, new ArrayList<>(targets));
  }

  /** The targets in API order (a read-only view); empty when the object has none. */
  public synchronized List<Ref> get(String type, String id, String relationship) {
    List<Ref> refs = edges.get(key(type, id, relationship));
    return refs == null ? List.of() : Collections.unmodifiableList(refs);
  }

  private static String key(String type, String id, String relationship) {
    return Objects.requireNonNull(type, "type")
        + '\u0000'
        + Objects.requireNonNull(id, "id")
        + '\u0000'
        + Objects.requireNonNull(relationship, "relationship");
  }
}
