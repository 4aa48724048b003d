package io.vtsql.client;

import static io.vtsql.client.MockVt.OBJECT;
import static io.vtsql.client.MockVt.error;
import static io.vtsql.client.MockVt.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rate budget: a wait never fails a request and ends on cancel, one budget per key and server
 * however the base URL is spelled, and a budget shared between processes through a state file.
 */
class RateBudgetTest {
  private static final Duration WINDOW = Duration.ofMillis(400);
  private final MockVt vt = new MockVt();

  @AfterEach
  void stop() {
    vt.close();
  }

  @Test
  void aLimiterWaitDoesNotUseUpTheRetryTimeBudget() {
    vt.enqueue(json(200, OBJECT), error(503, "TransientError", "again"), json(200, OBJECT));
    try (VtClient c =
        vt.builder(MockVt.key("wait"))
            .cache(false)
            .rateLimit(1, Duration.ofMillis(600))
            .maxRetryTime(Duration.ofMillis(300))
            .build()) {
      c.getObject("files", "f1");
      long t0 = System.nanoTime();
      // waits about 600 ms for a permit, fails once, waits again, then succeeds: the waits are no
      // failure
      assertEquals("f1", c.getObject("files", "f1").id());
      assertTrue(
          System.nanoTime() - t0 >= TimeUnit.MILLISECONDS.toNanos(1000), "both waits happened");
      assertEquals(3, vt.requests());
    }
  }

  @Test
  void cancellingEndsALimiterWaitAtOnce() throws Exception {
    vt.enqueue(json(200, OBJECT), json(200, OBJECT));
    try (VtClient c =
        vt.builder(MockVt.key("cancel"))
            .cache(false)
            .rateLimit(1, Duration.ofSeconds(30))
            .build()) {
      c.getObject("files", "f1");
      AtomicBoolean cancelled = new AtomicBoolean();
      CompletableFuture<Throwable> second =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  CancelSignal.watching(cancelled::get, () -> c.getObject("files", "f1"));
                  return null;
                } catch (RuntimeException e) {
                  return e;
                }
              });
      Thread.sleep(200);
      long t0 = System.nanoTime();
      cancelled.set(true);
      Throwable failure = second.get(5, TimeUnit.SECONDS);
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
      assertTrue(millis < 1000, "ended " + millis + " ms after the cancel");
      VtTransportException e = (VtTransportException) failure;
      assertEquals("Interrupted", e.code());
      assertTrue(
          e.getMessage().contains("cancelled while waiting for the rate limiter"), e.getMessage());
      assertEquals(1, vt.requests());
    }
  }

  @Test
  void everySpellingOfOneServerIsOneBudget() {
    String key = KeyIdentity.of(MockVt.key("spell"));
    RateLimits limits = new RateLimits(4, WINDOW, 0);
    RollingWindowRateLimiter one =
        RateLimiterRegistry.forKey(key, "http://127.0.0.1:8080/api/v3", limits);
    assertSame(one, RateLimiterRegistry.forKey(key, "http://localhost:8080/api/v3/", limits));
    assertSame(one, RateLimiterRegistry.forKey(key, "http://LOCALHOST:8080/api/v3", limits));
    assertSame(one, RateLimiterRegistry.forKey(key, "http://[::1]:8080/api/v3", limits));
    assertSame(one, RateLimiterRegistry.forKey(key, "https://127.0.0.1:8080/other", limits));
    assertNotSame(one, RateLimiterRegistry.forKey(key, "http://127.0.0.1:8081/api/v3", limits));
    assertNotSame(
        one, RateLimiterRegistry.forKey(key, "https://www.virustotal.com/api/v3", limits));
    assertSame(
        RateLimiterRegistry.forKey(key, "https://www.virustotal.com/api/v3", limits),
        RateLimiterRegistry.forKey(key, "https://WWW.VirusTotal.com:443/api/v3/", limits));
  }

  @Test
  void twoProcessesSharingAFileNeverExceedTheWindowTogether(@TempDir Path dir) {
    Path file = dir.resolve("budget");
    RateLimits limits = new RateLimits(2, WINDOW, 0);
    // two instances on one file stand for two processes (each has its own in-process limiter)
    List<RateShareFile> processes =
        List.of(
            new RateShareFile(file, "k server", limits, Clock.systemUTC()),
            new RateShareFile(file, "k server", limits, Clock.systemUTC()));
    List<long[]> spans = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      long start;
      try (RollingWindowRateLimiter.Permit p =
          processes.get(i % 2).acquire("/files/" + i, () -> false)) {
        start = System.nanoTime();
      }
      spans.add(new long[] {start, System.nanoTime()});
    }
    for (int i = 2; i < spans.size(); i++) {
      long gap = spans.get(i)[0] - spans.get(i - 2)[1];
      assertTrue(
          gap >= WINDOW.toNanos() - TimeUnit.MILLISECONDS.toNanos(5),
          "request "
              + i
              + " started "
              + TimeUnit.NANOSECONDS.toMillis(gap)
              + " ms after request "
              + (i - 2)
              + " ended");
    }
  }

  @Test
  void otherBudgetsInTheFileDoNotCount(@TempDir Path dir) {
    Path file = dir.resolve("budget");
    RateLimits limits = new RateLimits(1, Duration.ofMinutes(1), 0);
    new RateShareFile(file, "key-a server", limits, Clock.systemUTC())
        .acquire("/a", () -> false)
        .close();
    long t0 = System.nanoTime();
    new RateShareFile(file, "key-b server", limits, Clock.systemUTC())
        .acquire("/b", () -> false)
        .close();
    assertTrue(
        System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(1), "another key's budget is its own");
  }

  @Test
  void theDailyCountIsSharedToo(@TempDir Path dir) {
    Path file = dir.resolve("budget");
    RateLimits limits = new RateLimits(0, WINDOW, 3);
    RateShareFile a = new RateShareFile(file, "k server", limits, Clock.systemUTC());
    RateShareFile b = new RateShareFile(file, "k server", limits, Clock.systemUTC());
    a.acquire("/1", () -> false).close();
    b.acquire("/2", () -> false).close();
    a.acquire("/3", () -> false).close();
    VtQuotaExceededException e =
        assertThrows(VtQuotaExceededException.class, () -> b.acquire("/4", () -> false));
    assertTrue(e.daily());
  }

  @Test
  void aClientWithRateShareRecordsItsRequestsWithoutTheKey(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("budget");
    String key = MockVt.key("file");
    vt.enqueue(json(200, OBJECT), json(200, OBJECT));
    try (VtClient c = vt.builder(key).cache(false).rateLimit(5, WINDOW).rateShare(file).build()) {
      c.getObject("files", "f1");
      c.getObject("files", "f1");
    }
    String state = Files.readString(file);
    assertEquals(3, state.lines().count(), state);
    assertFalse(state.contains(key) || state.contains(KeyIdentity.of(key)), state);
  }
}
