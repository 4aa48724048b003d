package io.vtsql.client;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Pipeline stage that retries transient failures with exponential backoff and full jitter, honouring Retry-After.
 *
 * <p>Retried: 429 (QuotaExceededError, TooManyRequestsError) unless the daily quota is exhausted, 503, 504 and
 * other 5xx, connection failures and timeouts, and bodies that are not a complete JSON envelope (all requests are
 * GETs, so repeating them is safe). Never retried: other 4xx, redirects, a daily quota, an interrupted thread.
 * When a Retry-After would overrun the total time budget the last error is thrown at once; earlier failures are
 * attached to it as suppressed exceptions.
 */
final class RetryLayer implements Layer {
  private final Layer next;
  private final RetryPolicy policy;

  RetryLayer(Layer next, RetryPolicy policy) {
    this.next = requireNonNull(next, "next");
    this.policy = requireNonNull(policy, "policy");
  }

  @Override
  public VtResponse execute(VtRequest request) {
    long start = System.nanoTime();
    List<VtException> earlier = new ArrayList<>();
    for (int attempt = 1; ; attempt++) {
      try {
        return next.execute(request);
      } catch (VtException e) {
        Duration delay = retryable(e) ? delayBefore(attempt + 1, e) : null;
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        if (delay == null || attempt >= policy.maxAttempts()
            || elapsed.plus(delay).compareTo(policy.maxTotal()) > 0) {
          earlier.forEach(e::addSuppressed);
          throw e;
        }
        earlier.add(e);
        sleep(delay, request);
      }
    }
  }

  static boolean retryable(VtException e) {
    if (e instanceof VtQuotaExceededException q) {
      return !q.daily();
    }
    if (e instanceof VtTransientException) {
      return true;
    }
    if (e instanceof VtTransportException) {
      return !"Interrupted".equals(e.code());
    }
    if (e instanceof VtProtocolException) {
      return !"UnexpectedRedirect".equals(e.code());
    }
    return false;
  }

  private Duration delayBefore(int attempt, VtException e) {
    Optional<Duration> retryAfter = e instanceof VtQuotaExceededException q ? q.retryAfter()
        : e instanceof VtTransientException t ? t.retryAfter() : Optional.empty();
    if (retryAfter.isPresent()) {
      return retryAfter.get();
    }
    long base = policy.baseDelay().toNanos();
    long cap = policy.maxDelay().toNanos();
    long ceiling;
    try {
      ceiling = Math.min(cap, Math.multiplyExact(base, 1L << Math.min(attempt - 2, 62)));
    } catch (ArithmeticException overflow) {
      ceiling = cap;
    }
    return Duration.ofNanos(ceiling <= 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling + 1));
  }

  private static void sleep(Duration delay, VtRequest request) {
    try {
      Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new VtTransportException("Interrupted", request.pathAndQuery(), "interrupted while backing off", e);
    }
  }
}
