package io.vtsql.client;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * Client-side request limits of one API key: at most {@code perWindow} request starts in any
 * rolling {@code window}, and at most {@code perDay} per UTC day; {@code 0} means unlimited.
 */
public record RateLimits(int perWindow, Duration window, long perDay) {
  /** No limit at all. */
  public static final RateLimits UNLIMITED = new RateLimits(0, Duration.ofMinutes(1), 0);

  /** The public API: 4 per minute, 500 per day. */
  public static final RateLimits PUBLIC = new RateLimits(4, Duration.ofMinutes(1), 500);

  public RateLimits {
    requireNonNull(window, "window");
    if (perWindow < 0 || perDay < 0 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("limits must be >= 0 and the window positive");
    }
  }

  /** True when neither limit applies. */
  public boolean unlimited() {
    return perWindow == 0 && perDay == 0;
  }
}
