package io.vtsql.client;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * Pipeline stage that makes every HTTP attempt wait for the key's {@link RollingWindowRateLimiter},
 * and for the machine's {@link RateShareFile} when one is configured.
 *
 * <p>The time spent waiting is recorded on the request, so that the retry stage leaves it out of
 * its time budget (a wait is not a failure). It sits beneath the retry stage (architecture.md draws
 * it above): each retry is a real request that the server counts, so each attempt must take a
 * permit, or retries could exceed the rate.
 */
final class RateLimitLayer implements Layer {
  private final Layer next;
  private final RollingWindowRateLimiter limiter;
  private final Duration warnAfter;
  private final Listeners<RateLimitListener> listeners;
  private final RateShareFile shared;

  /**
   * @param shared the budget shared with other processes ({@code rateShare}), or null
   */
  RateLimitLayer(
      Layer next,
      RollingWindowRateLimiter limiter,
      RateShareFile shared,
      Duration warnAfter,
      Listeners<RateLimitListener> listeners) {
    this.next = requireNonNull(next, "next");
    this.limiter = requireNonNull(limiter, "limiter");
    this.shared = shared;
    this.warnAfter = requireNonNull(warnAfter, "warnAfter");
    this.listeners = requireNonNull(listeners, "listeners");
  }

  @Override
  public VtResponse execute(VtRequest request) {
    long start = System.nanoTime();
    RollingWindowRateLimiter.Permit permit;
    RollingWindowRateLimiter.Permit sharedPermit = null;
    try {
      permit =
          limiter.acquire(
              request.pathAndQuery(),
              warnAfter,
              wait -> listeners.fire(l -> l.onWait(wait)),
              request::cancelled);
      if (shared != null) {
        try {
          sharedPermit = shared.acquire(request.pathAndQuery(), request::cancelled);
        } catch (RuntimeException e) {
          permit.close();
          throw e;
        }
      }
    } finally {
      request.waitedForLimiter(System.nanoTime() - start);
    }
    try (permit;
        RollingWindowRateLimiter.Permit machine = sharedPermit) {
      return next.execute(request);
    }
  }
}
