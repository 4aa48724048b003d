package io.vtsql.adapter.exec;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.VtQueryException;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.VtColumn;
import io.vtsql.client.CancelSignal;
import io.vtsql.client.VtClient;
import io.vtsql.client.VtObject;
import java.util.ArrayDeque;
import java.util.Deque;
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
 * NotFound, or an answer that does not match its key's column, yields no row, and two ids naming
 * the same object (sha256 and md5) yield it once.
 */
public final class LookupEnumerator implements Enumerator<Object[]> {
  private final VtClient client;
  private final ObjectType entity;
  private final List<LookupTargets.Target> targets;
  private final int fanOut;
  private final RequestBudget budget;
  private final AtomicBoolean cancelFlag;
  private final RowConverter converter;
  private final Optional<ObjectCache> objects;
  private final Set<String> returned = new HashSet<>();

  /**
   * Lookups started and not yet consumed, in id order from {@code next}: at most {@code fanOut} of
   * them, so memory stays bounded however long the id list is.
   */
  private final Deque<Future<Optional<VtObject>>> inFlight = new ArrayDeque<>();

  /** How many ids have had their lookup started. */
  private int started;

  private ExecutorService pool;
  private int next;
  private Object[] current;

  /**
   * Creates an enumerator.
   *
   * @param targets distinct path ids, already encoded for their collection (e.g. base64url URLs),
   *     with the test of their answers
   * @param fanOut most GETs in flight at once
   */
  LookupEnumerator(
      VtClient client,
      ObjectType entity,
      List<LookupTargets.Target> targets,
      List<VtColumn> columns,
      int fanOut,
      RequestBudget budget,
      AtomicBoolean cancelFlag) {
    this.client = requireNonNull(client, "client");
    this.entity = requireNonNull(entity, "entity");
    this.targets = List.copyOf(targets);
    this.fanOut = fanOut;
    this.budget = requireNonNull(budget, "budget");
    this.cancelFlag = cancelFlag;
    this.converter = new RowConverter(columns);
    this.objects = ClientServices.objects(client);
  }

  @Override
  public Object[] current() {
    return current;
  }

  @Override
  public boolean moveNext() {
    while (next < targets.size()) {
      if (cancelFlag != null && cancelFlag.get()) {
        close();
        throw new VtQueryException("Statement cancelled; stopped looking up " + entity.tableName());
      }
      if (started == next) {
        start(targets.get(next).pathId());
      }
      lookAhead();
      final LookupTargets.Target target = targets.get(next++);
      final Optional<VtObject> object = take(inFlight.poll());
      if (object.isPresent()
          && target.answers().test(object.get())
          && returned.add(object.get().id())) {
        current = converter.toRow(object.get());
        return true;
      }
    }
    return false;
  }

  /** Starts the GETs of the ids after the current one, up to {@code fanOut} in flight. */
  private void lookAhead() {
    while (started < Math.min(targets.size(), next + fanOut) && budget.available()) {
      start(targets.get(started).pathId());
    }
  }

  private void start(String id) {
    started++;
    final Optional<VtObject> cached = objects.flatMap(c -> c.find(entity.objectType(), id));
    if (cached.isPresent()) {
      // fetched earlier by any access path within the TTL: no request, no budget
      inFlight.add(CompletableFuture.completedFuture(cached));
      return;
    }
    budget.ensureAvailable("GET " + entity.collectionPath() + "/" + id);
    budget.record(1);
    if (fanOut == 1 || targets.size() == 1) {
      // Nothing to overlap with: run in the consumer's thread.
      final FutureTask<Optional<VtObject>> task = new FutureTask<>(() -> fetch(id));
      task.run();
      inFlight.add(task);
      return;
    }
    if (pool == null) {
      pool =
          Executors.newFixedThreadPool(
              fanOut,
              r -> {
                final Thread t = new Thread(r, "vtsql-lookup-fan-out");
                t.setDaemon(true);
                return t;
              });
    }
    inFlight.add(pool.submit(() -> fetch(id)));
  }

  private Optional<VtObject> fetch(String id) {
    final Optional<VtObject> object =
        CancelSignal.watching(
            Cancellation.of(cancelFlag), () -> client.findObject(entity.collection(), id));
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
      throw new VtQueryException("Statement cancelled; stopped looking up " + entity.tableName());
    } catch (ExecutionException e) {
      close();
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void reset() {
    // Answers are not kept (memory stays bounded): starting over looks up again, from the
    // object cache when it is on.
    inFlight.forEach(f -> f.cancel(true));
    inFlight.clear();
    started = 0;
    next = 0;
    returned.clear();
  }

  @Override
  public void close() {
    next = targets.size();
    inFlight.forEach(f -> f.cancel(true));
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
