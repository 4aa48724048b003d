package io.vtsql.client;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Client-side limiter of one API key: at most N requests in ANY rolling window, and at most M per
 * UTC day.
 *
 * <p>Written directly rather than with a token bucket (resilience4j's limiter refreshes permits per
 * fixed period) because VirusTotal and the simulator count a rolling window: a fixed-period limiter
 * can let 2N requests through within one window that straddles a period boundary.
 *
 * <p>Each of the last N requests holds a slot. A slot is stamped when its request has completed,
 * not when it was allowed to start, and the next request may start only a full window after the
 * oldest stamp. Because the server receives a request before the client sees its response, this
 * guarantees that the server never sees N+1 arrivals within one window, whatever the network delays
 * (stamping at permit time failed that: a slow first request arrived late and made the gap seen by
 * the server shorter than the window).
 *
 * <p>Callers wait; only the daily limit fails fast, because it resets at 00:00 UTC and waiting for
 * that inside a query is pointless.
 */
final class RollingWindowRateLimiter {
  private static final long IN_FLIGHT = Long.MAX_VALUE;

  private final RateLimits limits;
  private final long windowNanos;
  private final Clock clock;
  private final List<Slot> slots = new ArrayList<>();
  private LocalDate day;
  private long usedToday;

  RollingWindowRateLimiter(RateLimits limits, Clock clock) {
    this.limits = requireNonNull(limits, "limits");
    this.clock = requireNonNull(clock, "clock");
    this.windowNanos = limits.window().toNanos();
  }

  RateLimits limits() {
    return limits;
  }

  /**
   * Blocks until a request may start and counts it; the caller must close the returned permit when
   * the request has completed (successfully or not).
   *
   * @param path the request, for messages
   * @param warnAfter waits at least this long are reported to {@code onLongWait} before waiting
   * @param cancelled ends the wait (looked at every {@link CancelSignal#POLL_MILLIS})
   * @throws VtQuotaExceededException (daily) when the day's budget is used up
   * @throws VtTransportException (Interrupted) when cancelled or interrupted while waiting
   */
  Permit acquire(
      String path,
      Duration warnAfter,
      Consumer<RateLimitWait> onLongWait,
      BooleanSupplier cancelled) {
    if (limits.unlimited()) {
      return () -> {};
    }
    boolean reported = false;
    synchronized (this) {
      while (true) {
        checkDaily(path);
        long now = System.nanoTime();
        slots.removeIf(s -> s.end != IN_FLIGHT && now - s.end >= windowNanos);
        if (limits.perWindow() == 0 || slots.size() < limits.perWindow()) {
          usedToday++;
          if (limits.perWindow() == 0) {
            return () -> {};
          }
          Slot slot = new Slot();
          slots.add(slot);
          return () -> complete(slot);
        }
        long waitNanos = windowNanos;
        for (Slot s : slots) {
          if (s.end != IN_FLIGHT) {
            waitNanos = Math.min(waitNanos, s.end + windowNanos - now);
          }
        }
        if (!reported && Duration.ofNanos(waitNanos).compareTo(warnAfter) >= 0) {
          reported = true;
          onLongWait.accept(new RateLimitWait(path, Duration.ofNanos(waitNanos), limits));
        }
        if (cancelled.getAsBoolean()) {
          throw new VtTransportException(
              "Interrupted", path, "cancelled while waiting for the rate limiter", null);
        }
        waitFor(Math.min(waitNanos, CancelSignal.POLL_MILLIS * 1_000_000), path);
      }
    }
  }

  private synchronized void complete(Slot slot) {
    if (slot.end == IN_FLIGHT) {
      slot.end = System.nanoTime();
      notifyAll();
    }
  }

  private void checkDaily(String path) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    if (!today.equals(day)) {
      day = today;
      usedToday = 0;
    }
    if (limits.perDay() > 0 && usedToday >= limits.perDay()) {
      Duration untilReset =
          Duration.between(
              clock.instant(), today.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
      throw new VtQuotaExceededException(
          "DailyQuotaExceeded",
          0,
          path,
          "this client has used the daily budget of "
              + limits.perDay()
              + " requests for this API key; "
              + "VirusTotal daily quotas reset at 00:00 UTC (in "
              + untilReset.toHoursPart()
              + " h "
              + untilReset.toMinutesPart()
              + " min)",
          null,
          true);
    }
  }

  private void waitFor(long nanos, String path) {
    try {
      long millis = Math.max(0, nanos / 1_000_000);
      wait(millis, millis == 0 ? (int) Math.max(1, nanos % 1_000_000) : (int) (nanos % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new VtTransportException(
          "Interrupted", path, "interrupted while waiting for the rate limiter", e);
    }
  }

  /** The right to run one request; closing it marks the request complete. */
  @FunctionalInterface
  interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  /** One of the last N requests: in flight, or completed at {@code end} (nanoTime). */
  private static final class Slot {
    private long end = IN_FLIGHT;
  }
}
