package io.vtsql.adapter.exec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vtsql.adapter.VtBackend;
import io.vtsql.adapter.VtBudgetExceededException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.apache.calcite.DataContext;

/**
 * The per-statement request allowance ({@code maxRequests}) and progress: all scans of one
 * execution share it, found by the identity of the execution's {@link DataContext}; it refuses a
 * request before it is sent, so a result is never silently cut short, and counts the requests and
 * rows of the execution for {@code vt_meta.statements}.
 */
public final class RequestBudget {
  private static final Cache<DataContext, RequestBudget> BY_EXECUTION =
      Caffeine.newBuilder().weakKeys().build();

  private final int max;
  private final Clock clock;
  private final Instant started;
  private final AtomicInteger used = new AtomicInteger();
  private final LongAdder rows = new LongAdder();
  private volatile Instant lastActivity;

  private RequestBudget(int max, Clock clock) {
    this.max = max;
    this.clock = clock;
    this.started = clock.instant();
    this.lastActivity = started;
  }

  /**
   * The budget of the statement execution that {@code root} belongs to; a new one is added to the
   * connection's {@link StatementLog}.
   */
  public static RequestBudget of(DataContext root, VtBackend backend) {
    return BY_EXECUTION.get(
        root,
        r -> {
          final RequestBudget budget =
              new RequestBudget(backend.maxRequests(), backend.statements().clock());
          backend.statements().add(budget);
          return budget;
        });
  }

  /** Fails if one more request would exceed the budget. */
  public void ensureAvailable(String what) {
    if (used.get() >= max) {
      throw new VtBudgetExceededException(
          "Statement reached maxRequests="
              + max
              + " before "
              + what
              + "; narrow the query (more selective WHERE, LIMIT)"
              + " or raise the maxRequests connection property");
    }
  }

  /** Fails, before any is sent, if {@code requests} more would exceed the budget. */
  public void ensureAvailable(int requests, String what) {
    if (used.get() + requests > max) {
      throw new VtBudgetExceededException(
          what
              + " would send "
              + requests
              + " requests, over maxRequests="
              + max
              + (used.get() > 0 ? " (" + used.get() + " already used)" : "")
              + "; no request was sent. Write fewer rows per statement or raise maxRequests");
    }
  }

  /** Whether one more request fits in the budget. */
  boolean available() {
    return used.get() < max;
  }

  /** Records requests that were sent. */
  public void record(int requests) {
    used.addAndGet(requests);
    lastActivity = clock.instant();
  }

  /** Counts one row a scan of the execution produced. */
  void countRow() {
    rows.increment();
    lastActivity = clock.instant();
  }

  /** Requests recorded so far. */
  public int used() {
    return used.get();
  }

  /** The statement's {@code maxRequests}. */
  public int max() {
    return max;
  }

  /** Rows the execution's scans produced so far. */
  public long rows() {
    return rows.sum();
  }

  /** When the execution opened its first scan. */
  public Instant started() {
    return started;
  }

  /** When it last sent a request or produced a row. */
  public Instant lastActivity() {
    return lastActivity;
  }
}
