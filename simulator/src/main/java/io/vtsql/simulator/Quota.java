package io.vtsql.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * A request allowance: at most {@code perWindow} requests in any rolling {@code window} and {@code
 * perDay} per UTC day; a non-positive limit means unlimited.
 */
public record Quota(int perWindow, Duration window, int perDay) {
  public Quota {
    Objects.requireNonNull(window, "window");
    if (window.isZero() || window.isNegative()) {
      throw new IllegalArgumentException("quota window must be positive");
    }
  }

  /** No limits at all. */
  public static Quota unlimited() {
    return new Quota(0, Duration.ofMinutes(1), 0);
  }

  /** The public API's allowance: 4 per minute, 500 per day. */
  public static Quota publicDefault() {
    return new Quota(4, Duration.ofMinutes(1), 500);
  }
}
