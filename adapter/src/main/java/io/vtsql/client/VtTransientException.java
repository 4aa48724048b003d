package io.vtsql.client;

import java.time.Duration;
import java.util.Optional;

/** HTTP 503 TransientError, 504 DeadlineExceededError or any other 5xx: retrying may work. */
public class VtTransientException extends VtApiException {
  private static final long serialVersionUID = 1L;

  private final transient Duration retryAfter;

  public VtTransientException(
      String code, int httpStatus, String path, String message, Duration retryAfter) {
    super(code, httpStatus, path, message);
    this.retryAfter = retryAfter;
  }

  /** The server's Retry-After, when it sent one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
