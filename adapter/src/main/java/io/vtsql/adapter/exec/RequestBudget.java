package io.vtsql.adapter.exec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vtsql.adapter.VtBudgetExceededException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.calcite.DataContext;

/**
 * The per-statement request allowance ({@code maxRequests}). All scans of one execution share it,
 * found by the identity of the execution's {@link DataContext}; it refuses a request before it is
 * sent, so a result is never silently cut short.
 */
public final class RequestBudget {
  private static final Cache<DataContext, RequestBudget> BY_EXECUTION =
      Caffeine.newBuilder().weakKeys().build();

  private final int max;
  private final AtomicInteger used = new AtomicInteger();

  private RequestBudget(int max) {
    this.max = max;
  }

  /** The budget of the statement execution that {@code root} belongs to. */
  public static RequestBudget of(DataContext root, int max) {
    return BY_EXECUTION.get(root, r -> new RequestBudget(max));
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
  }

  /** Requests recorded so far. */
  int used() {
    return used.get();
  }
}
