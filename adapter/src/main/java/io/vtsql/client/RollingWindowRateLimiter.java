package io.vtsql.client;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.function.Consumer;

/**
 * Client-side limiter of one API key: at most N request starts in ANY rolling window, and at most M per UTC day.
 *
 * <p>Written directly rather than with a token bucket (resilience4j's limiter refreshes permits per fixed
 * period) because VirusTotal and the simulator count a rolling window: a fixed-period limiter can let 2N requests
 * through within one window that straddles a period boundary. This one remembers the start times of the last N
 * permits and lets a request start only when the oldest of them is a full window old. Callers wait; only the
 * daily limit fails fast, because it resets at 00:00 UTC and waiting for that inside a query is pointless.
 *
 * <p>A small margin (2 % of the window, at most 250 ms) is added so that transit jitter cannot make the server
 * see N+1 arrivals within its window.
 */
final class RollingWindowRateLimiter {
  private static final Duration MAX_MARGIN = Duration.ofMillis(250);

  private final RateLimits limits;
  private final long windowNanos;
  private final Clock clock;
  private final ArrayDeque<Long> starts = new ArrayDeque<>();
  private LocalDate day;
  private long usedToday;

  RollingWindowRateLimiter(RateLimits limits, Clock clock) {
    this.limits = requireNonNull(limits, "limits");
    this.clock = requireNonNull(clock, "clock");
    Duration margin = limits.window().dividedBy(50);
    this.windowNanos = limits.window().plus(margin.compareTo(MAX_MARGIN) > 0 ? MAX_MARGIN : margin).toNanos();
  }

  RateLimits limits() {
    return limits;
  }

  /**
   * Blocks until a request may start and counts it.
   *
   * @param path the request, for messages
   * @param warnAfter waits at least this long are reported to {@code onLongWait} before sleeping
   * @throws VtQuotaExceededException (daily) when the day's budget is used up
   */
  void acquire(String path, Duration warnAfter, Consumer<RateLimitWait> onLongWait) {
    if (limits.unlimited()) {
      return;
    }
    boolean reported = false;
    while (true) {
      long waitNanos;
      synchronized (this) {
        long now = System.nanoTime();
        checkDaily(path);
        while (!starts.isEmpty() && now - starts.peekFirst() >= windowNanos) {
          starts.removeFirst();
        }
        if (limits.perWindow() == 0 || starts.size() < limits.perWindow()) {
          if (limits.perWindow() > 0) {
            starts.addLast(now);
          }
          usedToday++;
          return;
        }
        waitNanos = starts.peekFirst() + windowNanos - now;
      }
      Duration wait = Duration.ofNanos(waitNanos);
      if (!reported && wait.compareTo(warnAfter) >= 0) {
        reported = true;
        onLongWait.accept(new RateLimitWait(path, wait, limits));
      }
      sleep(waitNanos, path);
    }
  }

  private void checkDaily(String path) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    if (!today.equals(day)) {
      day = today;
      usedToday = 0;
    }
    if (limits.perDay() > 0 && usedToday >= limits.perDay()) {
      Duration untilReset = Duration.between(clock.instant(),
          today.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
      throw new VtQuotaExceededException("DailyQuotaExceeded", 0, path,
          "this client has used the daily budget of " + limits.perDay() + " requests for this API key; "
              + "VirusTotal daily quotas reset at 00:00 UTC (in " + untilReset.toHoursPart() + " h "
              + untilReset.toMinutesPart() + " min)", null, true);
    }
  }

  private static void sleep(long nanos, String path) {
    try {
      Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new VtTransportException("Interrupted", path, "interrupted while waiting for the rate limiter", e);
    }
  }
}
