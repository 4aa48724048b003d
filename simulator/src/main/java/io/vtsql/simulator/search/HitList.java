package io.vtsql.simulator.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.Corpus;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The hits of a search as an unmodifiable list over the matching projections, whose {@code get}
 * returns a fresh deep copy of the full corpus object with its context attributes added. Copying on
 * access keeps the corpus untouched and costs only the page a handler actually serves.
 */
final class HitList extends AbstractList<ObjectNode> implements RandomAccess {

  private final Entity entity;
  private final List<ObjectNode> rows;
  private final Corpus corpus;
  private final ContextAttributes context;

  /** Hits for {@code rows} (projections in result order) of {@code entity} in {@code corpus}. */
  HitList(Entity entity, List<ObjectNode> rows, Corpus corpus, ContextAttributes context) {
    this.entity = Objects.requireNonNull(entity, "entity");
    this.rows = List.copyOf(rows);
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public ObjectNode get(int index) {
    String id = rows.get(index).path("id").asText();
    ObjectNode source =
        corpus
            .find(entity.apiType(), id)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        entity.apiType() + " " + id + " left the corpus during a search"));
    ObjectNode hit = source.deepCopy();
    ObjectNode attributes = context.of(entity, source);
    if (attributes != null) {
      hit.set("context_attributes", attributes);
    }
    return hit;
  }

  @Override
  public int size() {
    return rows.size();
  }
}
