package io.vtsql.simulator.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.Corpus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Per-corpus cache of {@link Projection}s, one list per entity in corpus order. Materialising 100k
 * generated files takes seconds, and projections make repeated searches take milliseconds. The
 * cache is keyed weakly by corpus identity, so it survives callers that create an {@link
 * IntelligenceSearch} per request. A projection list is rebuilt whenever the entity's id list
 * changes (objects added or removed). Objects must not change in place, which the corpus contract
 * already requires ("treat as read-only").
 */
final class SearchIndex {

  private static final Map<Corpus, SearchIndex> INDEXES = new WeakHashMap<>();

  private final Map<Entity, Snapshot> snapshots = new EnumMap<>(Entity.class);

  private SearchIndex() {}

  /** The index of {@code corpus}, created on first use. */
  static SearchIndex of(Corpus corpus) {
    synchronized (INDEXES) {
      return INDEXES.computeIfAbsent(corpus, c -> new SearchIndex());
    }
  }

  /** The current projections of {@code entity}'s objects, in corpus order. */
  synchronized Snapshot snapshot(Corpus corpus, Entity entity) {
    List<String> ids = corpus.ids(entity.apiType());
    Snapshot snapshot = snapshots.get(entity);
    if (snapshot == null || (snapshot.ids != ids && !snapshot.ids.equals(ids))) {
      snapshot = build(corpus, entity, ids);
      snapshots.put(entity, snapshot);
    }
    return snapshot;
  }

  private static Snapshot build(Corpus corpus, Entity entity, List<String> ids) {
    List<ObjectNode> rows = new ArrayList<>(ids.size());
    Set<String> engineNames = new HashSet<>();
    for (ObjectNode object : corpus.all(entity.apiType())) {
      rows.add(Projection.of(object, entity.searchedPaths(), engineNames));
    }
    return new Snapshot(
        ids, Collections.unmodifiableList(rows), Collections.unmodifiableSet(engineNames));
  }

  /** The projections of one entity and the normalised engine names seen in them. */
  static final class Snapshot {
    private final List<String> ids;
    private final List<ObjectNode> rows;
    private final Set<String> engineNames;

    private Snapshot(List<String> ids, List<ObjectNode> rows, Set<String> engineNames) {
      this.ids = ids;
      this.rows = rows;
      this.engineNames = engineNames;
    }

    /** Projections in corpus order; read-only. */
    List<ObjectNode> rows() {
      return rows;
    }

    /** Normalised names of every engine in any object's {@code last_analysis_results}. */
    Set<String> engineNames() {
      return engineNames;
    }
  }
}
