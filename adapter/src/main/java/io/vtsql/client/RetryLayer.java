package io.vtsql.client;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Pipeline stage that retries transient failures with exponential backoff and full jitter,
 * honouring Retry-After.
 *
 * <p>Retried: 429 (QuotaExceededError, TooManyRequestsError) unless the daily quota is exhausted,
 * 503, 504 and other 5xx, connection failures and timeouts, and bodies that are not a complete JSON
 * envelope (repeating a GET is safe). Never retried: other 4xx, a 404 that is not VirusTotal's (a
 * wrong base URL), redirects, a body over the size cap, a daily quota, a cancelled call or
 * interrupted thread. Time spent waiting for the rate limiter does not count against the time
 * budget. When a Retry-After would overrun the total time budget the last error is thrown at once;
 * earlier failures are attached to it as suppressed exceptions.
 *
 * <p>A write (POST, PATCH, DELETE) is never sent twice unless VirusTotal said it did not process it
 * ({@link #notProcessed}): after any other failure it may have happened, and repeating it could
 * post a comment twice.
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
        boolean again = request.read() ? retryable(e) : notProcessed(e);
        Duration delay = again ? delayBefore(attempt + 1, e) : null;
        // time spent waiting for the rate limiter is not spent on attempts: it never uses up the
        // budget
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start - request.limiterWaitNanos());
        if (delay == null
            || attempt >= policy.maxAttempts()
            || elapsed.plus(delay).compareTo(policy.maxTotal()) > 0) {
          earlier.forEach(e::addSuppressed);
          throw e;
        }
        earlier.add(e);
        sleep(delay, request);
      }
    }
  }

  /**
   * Whether VirusTotal answered that it did not act on the request: 429 (QuotaExceededError,
   * TooManyRequestsError; not a daily quota) or its own 503 TransientError. A 500, 504, a proxy's
   * page, a reset, a timeout or a broken body leave the outcome unknown.
   */
  static boolean notProcessed(VtException e) {
    if (e instanceof VtQuotaExceededException q) {
      return !q.daily();
    }
    return e instanceof VtTransientException
        && e.httpStatus() == 503
        && "TransientError".equals(e.code());
  }

  /**
   * Whether a write that failed with {@code e} may nevertheless have happened: anything but an
   * answer of VirusTotal's own that refuses it (a 4xx error body, 429, its 503 TransientError) or a
   * local refusal before sending.
   */
  static boolean outcomeUnknown(VtException e) {
    if (notProcessed(e) || e instanceof VtEndpointException) {
      return false;
    }
    if (e instanceof VtTransportException) {
      // "Interrupted" is raised while backing off or waiting for a permit: nothing was in flight
      return !"Interrupted".equals(e.code());
    }
    return e instanceof VtProtocolException
        || e instanceof VtTransientException
        || e.httpStatus() >= 500;
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
    if (e instanceof VtEndpointException) {
      return false;
    }
    if (e instanceof VtProtocolException) {
      return !"UnexpectedRedirect".equals(e.code()) && !"BodyTooLarge".equals(e.code());
    }
    return false;
  }

  private Duration delayBefore(int attempt, VtException e) {
    Optional<Duration> retryAfter =
        e instanceof VtQuotaExceededException q
            ? q.retryAfter()
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

  /**
   * Sleeps the backoff in slices, so that a cancelled call stops within {@link
   * CancelSignal#POLL_MILLIS}.
   */
  private static void sleep(Duration delay, VtRequest request) {
    long end = System.nanoTime() + delay.toNanos();
    try {
      for (long left = delay.toNanos(); left > 0; left = end - System.nanoTime()) {
        if (request.cancelled()) {
          throw new VtTransportException(
              "Interrupted", request.pathAndQuery(), "cancelled while backing off", null);
        }
        long slice = Math.min(left, CancelSignal.POLL_MILLIS * 1_000_000);
        Thread.sleep(slice / 1_000_000, (int) (slice % 1_000_000));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new VtTransportException(
          "Interrupted", request.pathAndQuery(), "interrupted while backing off", e);
    }
  }
}
