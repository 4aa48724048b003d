package io.vtsql.simulator.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The edges of every relationship: (source type, source id, relationship) → ordered refs. */
public final class RelationStore {

  private final Map<String, List<Ref>> edges = new HashMap<>();

  /** Appends {@code target} to the relationship of the given source object. */
  public synchronized void add(String type, String id, String relationship, Ref target) {
    Objects.requireNonNull(target, "target");
    edges.computeIfAbsent(key(type, id, relationship), k -> new ArrayList<>()).add(target);
  }

  /** Replaces the whole relationship of the given source object. */
  public synchronized void set(String type, String id, String relationship, List<Ref> targets) {
    edges.put(key(type, id, relationship), new ArrayList<>(targets));
  }

  /** The targets in API order; empty when the object has none. */
  public synchronized List<Ref> get(String type, String id, String relationship) {
    List<Ref> refs = edges.get(key(type, id, relationship));
    return refs == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(refs));
  }

  private static String key(String type, String id, String relationship) {
    return Objects.requireNonNull(type, "type") + '\u0000' + Objects.requireNonNull(id, "id")
        + '\u0000' + Objects.requireNonNull(relationship, "relationship");
  }
}
