package io.vtsql.client;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * Pipeline stage that makes every HTTP attempt wait for the key's {@link RollingWindowRateLimiter}.
 *
 * <p>It sits beneath the retry stage (architecture.md draws it above): each retry is a real request that the
 * server counts, so each attempt must take a permit, or retries could exceed the rate.
 */
final class RateLimitLayer implements Layer {
  private final Layer next;
  private final RollingWindowRateLimiter limiter;
  private final Duration warnAfter;
  private final Listeners<RateLimitListener> listeners;

  RateLimitLayer(Layer next, RollingWindowRateLimiter limiter, Duration warnAfter,
      Listeners<RateLimitListener> listeners) {
    this.next = requireNonNull(next, "next");
    this.limiter = requireNonNull(limiter, "limiter");
    this.warnAfter = requireNonNull(warnAfter, "warnAfter");
    this.listeners = requireNonNull(listeners, "listeners");
  }

  @Override
  public VtResponse execute(VtRequest request) {
    try (RollingWindowRateLimiter.Permit permit =
        limiter.acquire(request.pathAndQuery(), warnAfter, wait -> listeners.fire(l -> l.onWait(wait)))) {
      return next.execute(request);
    }
  }
}
