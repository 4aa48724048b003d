package io.vtsql.adapter.exec;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.VtQueryException;
import io.vtsql.client.CancelSignal;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What every reader of a relationship scan shares: how pages are fetched and turned into rows, the
 * statement's request budget and cancel flag, and the scan's requests for error messages.
 *
 * @param fetcher fetches one page of one parent
 * @param budget the statement's request budget
 * @param cancelFlag the statement's cancel flag, or null
 * @param converter turns a target into a row
 * @param what the scan's requests, for error messages
 */
public record RelationshipRead(
    ParentFetcher fetcher,
    RequestBudget budget,
    AtomicBoolean cancelFlag,
    RelationshipRowConverter converter,
    String what) {

  public RelationshipRead {
    requireNonNull(fetcher, "fetcher");
    requireNonNull(budget, "budget");
    requireNonNull(converter, "converter");
    requireNonNull(what, "what");
  }

  /**
   * Charges the request of one page to the budget, failing loudly when none is left; a page the
   * fetcher serves without a request (a cached parent object) costs nothing.
   */
  void spendRequest(String parentId, String cursor) {
    if (!fetcher.needsRequest(parentId, cursor)) {
      return;
    }
    budget.ensureAvailable(what);
    budget.record(1);
  }

  /**
   * Fetches one page of a parent's rows (see {@link ParentFetcher#fetch(String, String, int)});
   * cancelling the statement ends the client's waits for it (rate limiter, backoff).
   */
  ParentFetcher.Page fetch(String parentId, String cursor, int limit) {
    return CancelSignal.watching(
        Cancellation.of(cancelFlag), () -> fetcher.fetch(parentId, cursor, limit));
  }

  /** Fails when the statement was cancelled (the caller has already stopped reading). */
  void failIfCancelled(Runnable stop) {
    if (cancelFlag != null && cancelFlag.get()) {
      stop.run();
      throw new VtQueryException("Statement cancelled; stopped reading " + what);
    }
  }
}
