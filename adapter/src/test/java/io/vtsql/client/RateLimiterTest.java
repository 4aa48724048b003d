package io.vtsql.client;

import static io.vtsql.client.MockVt.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The rolling-window limiter: never more than N request starts in any window, waits reported, daily
 * fail-fast.
 */
class RateLimiterTest {
  private static final Duration WINDOW = Duration.ofMillis(500);
  private final MockVt vt = new MockVt();

  @AfterEach
  void stop() {
    vt.close();
  }

  /** Server-side arrival times (nanoTime) of every request. */
  private List<Long> recordArrivals() {
    List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
    vt.server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            arrivals.add(System.nanoTime());
            String id = request.getUrl().pathSegments().get(3);
            return json(200, "{\"data\":{\"type\":\"file\",\"id\":\"" + id + "\"}}");
          }
        });
    return arrivals;
  }

  @Test
  void neverMoreThanNRequestsInAnyRollingWindowUnderConcurrency() throws Exception {
    List<Long> arrivals = recordArrivals();
    List<RateLimitWait> waits = new CopyOnWriteArrayList<>();
    int threads = 6;
    int perThread = 3;
    try (VtClient c =
        vt.builder(MockVt.key("rate"))
            .cache(false)
            .rateLimit(4, WINDOW)
            .rateLimitWarnAfter(Duration.ofMillis(100))
            .rateLimitListener(waits::add)
            .build()) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int thread = t;
          done.add(
              pool.submit(
                  () -> {
                    for (int i = 0; i < perThread; i++) {
                      c.getObject("files", "t" + thread + "-" + i);
                    }
                    return null;
                  }));
        }
        for (Future<?> f : done) {
          f.get();
        }
      } finally {
        pool.shutdownNow();
      }
    }
    List<Long> sorted = new ArrayList<>(arrivals);
    Collections.sort(sorted);
    assertEquals(threads * perThread, sorted.size());
    for (int i = 4; i < sorted.size(); i++) {
      long gap = sorted.get(i) - sorted.get(i - 4);
      assertTrue(
          gap >= WINDOW.toNanos(),
          "requests "
              + (i - 4)
              + " and "
              + i
              + " started "
              + gap / 1_000_000
              + " ms apart: 5 within one window");
    }
    long total = sorted.get(sorted.size() - 1) - sorted.get(0);
    assertTrue(
        total >= 4 * WINDOW.toNanos(), "18 requests at 4 per window need at least 4 windows");
    assertFalse(waits.isEmpty(), "long waits are reported");
    assertEquals(4, waits.get(0).limits().perWindow());
    assertTrue(waits.get(0).path().startsWith("/files/t"));
  }

  @Test
  void dailyBudgetFailsFastWithoutARequestAndNamesTheReset() {
    recordArrivals();
    try (VtClient c = vt.builder(MockVt.key("daily")).cache(false).dailyLimit(3).build()) {
      for (int i = 0; i < 3; i++) {
        c.getObject("files", "d" + i);
      }
      VtQuotaExceededException e =
          assertThrows(VtQuotaExceededException.class, () -> c.getObject("files", "d3"));
      assertTrue(e.daily());
      assertEquals("DailyQuotaExceeded", e.code());
      assertTrue(e.getMessage().contains("00:00 UTC"), e.getMessage());
      assertTrue(e.getMessage().contains("/files/d3"), e.getMessage());
      assertEquals(3, vt.requests());
    }
  }

  @Test
  void publicTierPresetIsFourPerMinuteAndFiveHundredPerDay() {
    try (VtClient c = vt.builder(MockVt.key("tier")).tier(VtTier.PUBLIC).build()) {
      assertEquals(new RateLimits(4, Duration.ofMinutes(1), 500), c.rateLimits());
    }
    try (VtClient c =
        vt.builder(MockVt.key("tier2")).tier(VtTier.PUBLIC).rateLimit(2, WINDOW).build()) {
      assertEquals(
          new RateLimits(2, WINDOW, 500), c.rateLimits(), "explicit limits override the preset");
    }
  }

  @Test
  void theDailyCounterResetsAtMidnightUtc() {
    MutableClock clock = new MutableClock(Instant.parse("2025-01-01T23:59:59Z"));
    RollingWindowRateLimiter limiter =
        new RollingWindowRateLimiter(new RateLimits(0, WINDOW, 1), clock);
    limiter.acquire("/a", Duration.ofHours(1), w -> {}, () -> false).close();
    assertThrows(
        VtQuotaExceededException.class,
        () -> limiter.acquire("/b", Duration.ofHours(1), w -> {}, () -> false));
    clock.now = Instant.parse("2025-01-02T00:00:01Z");
    limiter.acquire("/c", Duration.ofHours(1), w -> {}, () -> false).close();
  }

  @Test
  void clientsOfOneKeyShareOneLimiter() {
    String key = MockVt.key("share");
    try (VtClient a = vt.builder(key).rateLimit(4, WINDOW).build();
        VtClient b = vt.builder(key).rateLimit(4, WINDOW).cache(false).build()) {
      assertTrue(
          RateLimiterRegistry.forKey(a.settings().keyId(), a.baseUrl(), a.rateLimits())
              == RateLimiterRegistry.forKey(b.settings().keyId(), b.baseUrl(), b.rateLimits()));
    }
  }

  /** A clock the test moves by hand. */
  private static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
