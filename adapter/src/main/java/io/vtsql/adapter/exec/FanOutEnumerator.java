package io.vtsql.adapter.exec;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.VtQueryException;
import io.vtsql.adapter.query.RelationshipQuery;
import io.vtsql.client.VtObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import org.apache.calcite.linq4j.Enumerator;

/**
 * Rows of a relationship for a list of distinct parents, in parent order and then API order. The
 * first page of the next {@code fanOut} parents is fetched in parallel ahead of the consumer (at
 * most {@code fanOut} calls in flight, each through the client's rate limiter); a later page of a
 * parent is requested only when the consumer has read the previous one, and closing stops
 * everything.
 */
public final class FanOutEnumerator implements Enumerator<Object[]> {
  private final RelationshipRead read;
  private final List<String> parents;
  private final int fanOut;
  private final List<Future<ParentFetcher.Page>> firstPages = new ArrayList<>();
  private ExecutorService pool;
  private int parent;
  private Iterator<VtObject> rows = Collections.emptyIterator();
  private String cursor;
  private Object[] current;

  /**
   * Creates an enumerator.
   *
   * @param parents distinct parent ids, in output order
   */
  FanOutEnumerator(RelationshipRead read, List<String> parents, int fanOut) {
    this.read = requireNonNull(read, "read");
    this.parents = List.copyOf(parents);
    this.fanOut = fanOut;
  }

  @Override
  public Object[] current() {
    return current;
  }

  @Override
  public boolean moveNext() {
    while (parent < parents.size()) {
      read.failIfCancelled(this::close);
      if (rows.hasNext()) {
        current = read.converter().toRow(parents.get(parent), rows.next());
        return true;
      }
      if (parent < firstPages.size() && cursor != null) {
        // The consumer has read this parent's page: only now follow its cursor.
        final String c = cursor;
        final String id = parents.get(parent);
        take(submit(id, c, () -> read.fetch(id, c, RelationshipQuery.PAGE_SIZE)));
        continue;
      }
      if (parent < firstPages.size()) {
        parent++;
      }
      if (parent < parents.size()) {
        prefetch();
        take(firstPages.get(parent));
      }
    }
    return false;
  }

  /**
   * Keeps the first pages of the current parent and the next {@code fanOut - 1} in flight.
   * Look-ahead stops quietly once the request budget is spent: only a request the consumer needs
   * now fails on it.
   */
  private void prefetch() {
    while (firstPages.size() < Math.min(parents.size(), parent + fanOut)) {
      final String id = parents.get(firstPages.size());
      if (firstPages.size() > parent && !read.budget().available()) {
        return;
      }
      firstPages.add(submit(id, null, () -> read.fetch(id, null, RelationshipQuery.PAGE_SIZE)));
    }
  }

  private Future<ParentFetcher.Page> submit(
      String parentId, String cursor, Callable<ParentFetcher.Page> call) {
    read.spendRequest(parentId, cursor);
    if (pool == null) {
      pool = Executors.newFixedThreadPool(fanOut, daemonThreads());
    }
    return pool.submit(call);
  }

  private void take(Future<ParentFetcher.Page> future) {
    final ParentFetcher.Page page;
    try {
      page = future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new VtQueryException("Interrupted while reading " + read.what());
    } catch (ExecutionException e) {
      close();
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    } catch (CancellationException e) {
      throw new VtQueryException("Statement cancelled; stopped reading " + read.what());
    }
    rows = page.data().iterator();
    cursor = page.cursor();
  }

  private static ThreadFactory daemonThreads() {
    return r -> {
      final Thread t = new Thread(r, "vtsql-relationship-fan-out");
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public void reset() {
    throw new UnsupportedOperationException("a relationship scan cannot be rewound");
  }

  @Override
  public void close() {
    parent = parents.size();
    rows = Collections.emptyIterator();
    if (pool != null) {
      firstPages.forEach(f -> f.cancel(true));
      pool.shutdownNow();
    }
  }
}
