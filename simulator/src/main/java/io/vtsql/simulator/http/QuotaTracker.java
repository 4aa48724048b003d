package io.vtsql.simulator.http;

import io.vtsql.simulator.Quota;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Counts requests per API key in a rolling window and per UTC day; 429 when either is spent. */
final class QuotaTracker {

  private final Map<String, Usage> usage = new HashMap<>();

  /** Records one request of {@code key} at {@code now}, or throws 429 QuotaExceededError. */
  synchronized void acquire(String key, Quota quota, Instant now) {
    Usage u = usage.computeIfAbsent(key, k -> new Usage());
    long day = now.atZone(ZoneOffset.UTC).toLocalDate().toEpochDay();
    if (u.day != day) {
      u.day = day;
      u.today = 0;
    }
    Instant windowStart = now.minus(quota.window());
    while (!u.recent.isEmpty() && !u.recent.peekFirst().isAfter(windowStart)) {
      u.recent.removeFirst();
    }
    if (quota.perDay() > 0 && u.today >= quota.perDay()) {
      throw new ApiException(
          429,
          "QuotaExceededError",
          "Quota exceeded: daily quota of " + quota.perDay() + " requests, resets at 00:00 UTC");
    }
    if (quota.perWindow() > 0 && u.recent.size() >= quota.perWindow()) {
      throw new ApiException(
          429,
          "QuotaExceededError",
          "Quota exceeded: "
              + quota.perWindow()
              + " requests per "
              + quota.window().toSeconds()
              + " seconds");
    }
    u.today++;
    u.recent.addLast(now);
  }

  /** One key's recent request times and today's count. */
  private static final class Usage {
    private final Deque<Instant> recent = new ArrayDeque<>();
    private long day = Long.MIN_VALUE;
    private int today;
  }
}
