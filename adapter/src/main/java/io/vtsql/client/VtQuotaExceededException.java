package io.vtsql.client;

import java.time.Duration;
import java.util.Optional;

/**
 * HTTP 429 (QuotaExceededError or TooManyRequestsError), or the client's own daily budget for the
 * key is used up.
 *
 * <p>{@link #daily()} is true when waiting will not help before 00:00 UTC: the client then fails
 * fast instead of retrying.
 */
public class VtQuotaExceededException extends VtApiException {
  private static final long serialVersionUID = 1L;

  private final transient Duration retryAfter;
  private final boolean daily;

  public VtQuotaExceededException(
      String code,
      int httpStatus,
      String path,
      String message,
      Duration retryAfter,
      boolean daily) {
    super(code, httpStatus, path, message);
    this.retryAfter = retryAfter;
    this.daily = daily;
  }

  /** The server's Retry-After, when it sent one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** True when the daily quota is exhausted; it resets at 00:00 UTC. */
  public boolean daily() {
    return daily;
  }
}
