package io.vtsql.adapter;

import static java.util.Objects.requireNonNull;

import io.vtsql.client.VtClient;
import io.vtsql.client.VtObject;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.linq4j.Enumerator;

/**
 * Rows of a point lookup: one {@code GET /{collection}/{id}} per distinct id, issued as rows are
 * consumed; NotFound yields no row, and two ids naming the same object (sha256 and md5) yield it
 * once.
 */
final class LookupEnumerator implements Enumerator<Object[]> {
  private final VtClient client;
  private final VtEntity entity;
  private final List<String> ids;
  private final RequestBudget budget;
  private final AtomicBoolean cancelFlag;
  private final RowConverter converter;
  private final Optional<ObjectCache> objects;
  private final Set<String> returned = new HashSet<>();
  private int next;
  private Object[] current;

  /**
   * Creates an enumerator.
   *
   * @param ids distinct path ids, already encoded for their collection (e.g. base64url URLs)
   */
  LookupEnumerator(VtClient client, VtEntity entity, List<String> ids, List<VtColumn> columns,
      RequestBudget budget, AtomicBoolean cancelFlag) {
    this.client = requireNonNull(client, "client");
    this.entity = requireNonNull(entity, "entity");
    this.ids = List.copyOf(ids);
    this.budget = requireNonNull(budget, "budget");
    this.cancelFlag = cancelFlag;
    this.converter = new RowConverter(columns);
    this.objects = ClientServices.objects(client);
  }

  @Override public Object[] current() {
    return current;
  }

  @Override public boolean moveNext() {
    while (next < ids.size()) {
      if (cancelFlag != null && cancelFlag.get()) {
        throw new VtQueryException("Statement cancelled; stopped looking up "
            + entity.tableName());
      }
      final String id = ids.get(next++);
      final Optional<VtObject> object = objects.flatMap(c -> c.find(entity.objectType(), id))
          .or(() -> fetch(id));
      if (object.isPresent() && returned.add(object.get().id())) {
        current = converter.toRow(object.get());
        return true;
      }
    }
    return false;
  }

  /** One budgeted request; a found object is remembered for later lookups. */
  private Optional<VtObject> fetch(String id) {
    budget.ensureAvailable("GET " + entity.collectionPath() + "/" + id);
    final Optional<VtObject> object;
    try {
      object = client.findObject(entity.tableName(), id);
    } finally {
      budget.record(1);
    }
    object.ifPresent(o -> objects.ifPresent(c -> c.put(o)));
    return object;
  }

  @Override public void reset() {
    next = 0;
    returned.clear();
  }

  @Override public void close() {
    next = ids.size();
  }
}
