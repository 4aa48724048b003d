package io.vtsql.adapter;

import static java.util.Objects.requireNonNull;

import io.vtsql.client.CancelSignal;
import io.vtsql.client.VtClient;
import io.vtsql.client.VtObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.linq4j.Enumerator;

/**
 * Rows of a point lookup: one {@code GET /{collection}/{id}} per distinct id, in the order of the
 * ids. The GETs of the next {@code fanOut} ids run in parallel ahead of the consumer (look-ahead
 * stops quietly when the request budget is spent; only a GET the consumer needs fails on it);
 * NotFound yields no row, and two ids naming the same object (sha256 and md5) yield it once.
 */
final class LookupEnumerator implements Enumerator<Object[]> {
  private final VtClient client;
  private final VtEntity entity;
  private final List<String> ids;
  private final int fanOut;
  private final RequestBudget budget;
  private final AtomicBoolean cancelFlag;
  private final RowConverter converter;
  private final Optional<ObjectCache> objects;
  private final Set<String> returned = new HashSet<>();
  /** Lookups started so far, one per id from the first. */
  private final List<Future<Optional<VtObject>>> started = new ArrayList<>();
  private ExecutorService pool;
  private int next;
  private Object[] current;

  /**
   * Creates an enumerator.
   *
   * @param ids distinct path ids, already encoded for their collection (e.g. base64url URLs)
   * @param fanOut most GETs in flight at once
   */
  LookupEnumerator(VtClient client, VtEntity entity, List<String> ids, List<VtColumn> columns,
      int fanOut, RequestBudget budget, AtomicBoolean cancelFlag) {
    this.client = requireNonNull(client, "client");
    this.entity = requireNonNull(entity, "entity");
    this.ids = List.copyOf(ids);
    this.fanOut = fanOut;
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
        close();
        throw new VtQueryException("Statement cancelled; stopped looking up "
            + entity.tableName());
      }
      if (started.size() == next) {
        start(ids.get(next));
      }
      lookAhead();
      final Optional<VtObject> object = take(started.get(next++));
      if (object.isPresent() && returned.add(object.get().id())) {
        current = converter.toRow(object.get());
        return true;
      }
    }
    return false;
  }

  /** Starts the GETs of the ids after the current one, up to {@code fanOut} in flight. */
  private void lookAhead() {
    while (started.size() < Math.min(ids.size(), next + fanOut) && budget.available()) {
      start(ids.get(started.size()));
    }
  }

  private void start(String id) {
    final Optional<VtObject> cached = objects.flatMap(c -> c.find(entity.objectType(), id));
    if (cached.isPresent()) {
      // fetched earlier by any access path within the TTL: no request, no budget
      started.add(CompletableFuture.completedFuture(cached));
      return;
    }
    budget.ensureAvailable("GET " + entity.collectionPath() + "/" + id);
    budget.record(1);
    if (fanOut == 1 || ids.size() == 1) {
      // Nothing to overlap with: run in the consumer's thread.
      final FutureTask<Optional<VtObject>> task = new FutureTask<>(() -> fetch(id));
      task.run();
      started.add(task);
      return;
    }
    if (pool == null) {
      pool = Executors.newFixedThreadPool(fanOut, r -> {
        final Thread t = new Thread(r, "vtsql-lookup-fan-out");
        t.setDaemon(true);
        return t;
      });
    }
    started.add(pool.submit(() -> fetch(id)));
  }

  private Optional<VtObject> fetch(String id) {
    final Optional<VtObject> object = CancelSignal.watching(Cancellation.of(cancelFlag),
        () -> client.findObject(entity.tableName(), id));
    object.ifPresent(o -> objects.ifPresent(c -> c.put(o)));
    return object;
  }

  private Optional<VtObject> take(Future<Optional<VtObject>> lookup) {
    try {
      return lookup.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new VtQueryException("Interrupted while looking up " + entity.tableName());
    } catch (CancellationException e) {
      throw new VtQueryException("Statement cancelled; stopped looking up "
          + entity.tableName());
    } catch (ExecutionException e) {
      close();
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override public void reset() {
    // Lookups already made are answered again from their futures, without a request.
    next = 0;
    returned.clear();
  }

  @Override public void close() {
    next = ids.size();
    started.forEach(f -> f.cancel(true));
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
