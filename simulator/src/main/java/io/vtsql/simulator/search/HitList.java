package io.vtsql.simulator.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The hits of a search as an unmodifiable list whose {@code get} returns a fresh deep copy of the
 * corpus object with its context attributes added. Copying on access keeps the corpus untouched
 * and costs only the page a handler actually serves, not the whole result set.
 */
final class HitList extends AbstractList<ObjectNode> implements RandomAccess {

  private final Entity entity;
  private final List<ObjectNode> objects;
  private final ContextAttributes context;

  HitList(Entity entity, List<ObjectNode> objects, ContextAttributes context) {
    this.entity = Objects.requireNonNull(entity, "entity");
    this.objects = List.copyOf(objects);
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public ObjectNode get(int index) {
    ObjectNode source = objects.get(index);
    ObjectNode hit = source.deepCopy();
    ObjectNode attributes = context.of(entity, source);
    if (attributes != null) {
      hit.set("context_attributes", attributes);
    }
    return hit;
  }

  @Override
  public int size() {
    return objects.size();
  }
}
