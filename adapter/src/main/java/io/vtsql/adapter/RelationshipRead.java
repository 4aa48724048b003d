package io.vtsql.adapter;

import static java.util.Objects.requireNonNull;

import io.vtsql.client.CancelSignal;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What every reader of a relationship scan shares: how pages are fetched and turned into rows,
 * the statement's request budget and cancel flag, and the scan's requests for error messages.
 *
 * @param fetcher fetches one page of one parent
 * @param budget the statement's request budget
 * @param cancelFlag the statement's cancel flag, or null
 * @param converter turns a target into a row
 * @param what the scan's requests, for error messages
 */
record RelationshipRead(RelationshipFetcher fetcher, RequestBudget budget,
    AtomicBoolean cancelFlag, RelationshipRowConverter converter, String what) {

  RelationshipRead {
    requireNonNull(fetcher, "fetcher");
    requireNonNull(budget, "budget");
    requireNonNull(converter, "converter");
    requireNonNull(what, "what");
  }

  /** Charges one request to the budget, failing loudly when none is left. */
  void spendRequest() {
    budget.ensureAvailable(what);
    budget.record(1);
  }

  /**
   * Fetches one page of a parent's targets (see {@link RelationshipFetcher#fetch(String, String, int)});
   * cancelling the statement ends the client's waits for it (rate limiter, backoff).
   */
  RelationshipFetcher.Page fetch(String parentId, String cursor, int limit) {
    return CancelSignal.watching(Cancellation.of(cancelFlag),
        () -> fetcher.fetch(parentId, cursor, limit));
  }

  /** Fails when the statement was cancelled (the caller has already stopped reading). */
  void failIfCancelled(Runnable stop) {
    if (cancelFlag != null && cancelFlag.get()) {
      stop.run();
      throw new VtQueryException("Statement cancelled; stopped reading " + what);
    }
  }
}
