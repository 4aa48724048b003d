package io.vtsql.client;

/**
 * Told before the rate limiter makes a request wait at least the builder's {@code
 * rateLimitWarnAfter}.
 */
@FunctionalInterface
public interface RateLimitListener {
  /** Called on the waiting thread before it sleeps; must be quick and must not throw. */
  void onWait(RateLimitWait wait);
}
