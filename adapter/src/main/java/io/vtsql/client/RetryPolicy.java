package io.vtsql.client;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How the client retries transient failures: at most {@code maxAttempts} attempts (the first
 * included) within {@code maxTotal} wall time, sleeping a full-jitter exponential backoff between
 * attempts ({@code random(0, min(maxDelay, baseDelay * 2^(attempt-1)))}) unless the server sent
 * Retry-After.
 */
public record RetryPolicy(
    int maxAttempts, Duration maxTotal, Duration baseDelay, Duration maxDelay) {
  /** 4 attempts, 60 s in total, backoff from 1 s up to 30 s. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(4, Duration.ofSeconds(60), Duration.ofSeconds(1), Duration.ofSeconds(30));

  public RetryPolicy {
    requireNonNull(maxTotal, "maxTotal");
    requireNonNull(baseDelay, "baseDelay");
    requireNonNull(maxDelay, "maxDelay");
    if (maxAttempts < 1
        || maxTotal.isNegative()
        || baseDelay.isNegative()
        || maxDelay.isNegative()) {
      throw new IllegalArgumentException("maxAttempts must be >= 1 and durations >= 0");
    }
  }
}
