package io.vtsql.client;

import static io.vtsql.client.MockVt.OBJECT;
import static io.vtsql.client.MockVt.error;
import static io.vtsql.client.MockVt.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Retries: which failures are retried, Retry-After, bounded attempts and time, daily quota fails
 * fast.
 */
class RetryTest {
  private final MockVt vt = new MockVt();

  @AfterEach
  void stop() {
    vt.close();
  }

  private VtClient client() {
    return vt.builder(MockVt.key("retry")).cache(false).build();
  }

  @Test
  void transientServerErrorsAreRetried() {
    vt.enqueue(
        error(503, "TransientError", "try again"),
        error(504, "DeadlineExceededError", "slow"),
        json(500, "oops"),
        json(200, OBJECT));
    try (VtClient c = client()) {
      assertEquals("f1", c.getObject("files", "f1").id());
      assertEquals(4, vt.requests());
      assertEquals(1, c.recentRequests().size(), "one logical request, however many attempts");
    }
  }

  @Test
  void tooManyRequestsAndMinuteQuotaAreRetried() {
    vt.enqueue(
        error(429, "TooManyRequestsError", "slow down"),
        error(429, "QuotaExceededError", "Quota exceeded"),
        json(200, OBJECT));
    try (VtClient c = client()) {
      assertEquals("f1", c.getObject("files", "f1").id());
      assertEquals(3, vt.requests());
    }
  }

  @Test
  void retryAfterIsHonoured() {
    vt.enqueue(
        new MockResponse.Builder(error(429, "QuotaExceededError", "Quota exceeded"))
            .setHeader("Retry-After", "1")
            .build(),
        json(200, OBJECT));
    try (VtClient c = client()) {
      long t0 = System.nanoTime();
      c.getObject("files", "f1");
      assertTrue(
          System.nanoTime() - t0 >= TimeUnit.MILLISECONDS.toNanos(990),
          "waited the Retry-After second");
    }
  }

  @Test
  void retryAfterBeyondTheTimeBudgetFailsAtOnce() {
    vt.enqueue(
        new MockResponse.Builder(error(503, "TransientError", "later"))
            .setHeader("Retry-After", "30")
            .build());
    try (VtClient c =
        vt.builder(MockVt.key("budget")).cache(false).maxRetryTime(Duration.ofSeconds(2)).build()) {
      long t0 = System.nanoTime();
      VtTransientException e =
          assertThrows(VtTransientException.class, () -> c.getObject("files", "f1"));
      assertEquals(Duration.ofSeconds(30), e.retryAfter().orElseThrow());
      assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(2));
      assertEquals(1, vt.requests());
    }
  }

  @Test
  void attemptsAreBounded() {
    for (int i = 0; i < 5; i++) {
      vt.enqueue(error(503, "TransientError", "down"));
    }
    try (VtClient c = vt.builder(MockVt.key("bound")).cache(false).maxAttempts(3).build()) {
      VtTransientException e =
          assertThrows(VtTransientException.class, () -> c.getObject("files", "f1"));
      assertEquals(3, vt.requests());
      assertEquals(2, e.getSuppressed().length, "the earlier failures travel along");
      assertEquals("TransientError (HTTP 503) on GET /files/f1: down", e.getMessage());
    }
  }

  @Test
  void clientErrorsAreNeverRetried() {
    vt.enqueue(
        error(400, "BadRequestError", "Limit can't be larger than 40"),
        error(401, "WrongCredentialsError", "Wrong API key"),
        error(403, "ForbiddenError", "no"),
        error(404, "NotFoundError", "nope"),
        error(409, "AlreadyExistsError", "dup"),
        error(424, "FailedDependencyError", "dep"));
    try (VtClient c = client()) {
      assertThrows(
          VtBadRequestException.class,
          () -> c.getPage("/domains/x/subdomains", java.util.Map.of()));
      assertThrows(VtAuthenticationException.class, () -> c.getObject("files", "a"));
      assertThrows(VtForbiddenException.class, () -> c.getObject("files", "b"));
      assertThrows(VtNotFoundException.class, () -> c.getObject("files", "c"));
      assertThrows(VtConflictException.class, () -> c.getObject("files", "d"));
      assertThrows(VtFailedDependencyException.class, () -> c.getObject("files", "e"));
      assertEquals(6, vt.requests());
    }
  }

  @Test
  void dailyQuotaFromTheServerFailsFast() {
    vt.enqueue(error(429, "QuotaExceededError", "Daily quota exceeded"), json(200, OBJECT));
    try (VtClient c = client()) {
      VtQuotaExceededException e =
          assertThrows(VtQuotaExceededException.class, () -> c.getObject("files", "f1"));
      assertTrue(e.daily());
      assertEquals(429, e.httpStatus());
      assertEquals(1, vt.requests());
    }
  }

  @Test
  void connectionResetsAreRetried() {
    vt.enqueue(
        new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build(),
        new MockResponse.Builder(json(200, OBJECT))
            .onResponseBody(new SocketEffect.CloseSocket())
            .build(),
        json(200, OBJECT));
    try (VtClient c = client()) {
      assertEquals("f1", c.getObject("files", "f1").id());
      assertEquals(3, vt.requests());
    }
  }

  @Test
  void timeoutsAreRetriedThenReportedAsTransport() {
    for (int i = 0; i < 2; i++) {
      vt.enqueue(
          new MockResponse.Builder(json(200, OBJECT)).headersDelay(2, TimeUnit.SECONDS).build());
    }
    try (VtClient c =
        vt.builder(MockVt.key("slow"))
            .cache(false)
            .maxAttempts(2)
            .readTimeout(Duration.ofMillis(200))
            .build()) {
      VtTransportException e =
          assertThrows(VtTransportException.class, () -> c.getObject("files", "f1"));
      assertEquals("Timeout", e.code());
      assertEquals(0, e.httpStatus());
      assertEquals(2, vt.requests());
      assertTrue(e.getMessage().contains("/files/f1"), e.getMessage());
    }
  }

  @Test
  void refusedConnectionIsATransportError() {
    String base = vt.baseUrl();
    vt.close();
    try (VtClient c =
        VtClient.builder()
            .baseUrl(base)
            .apiKey(MockVt.key("refused"))
            .maxAttempts(2)
            .retryBaseDelay(Duration.ofMillis(5))
            .build()) {
      VtTransportException e =
          assertThrows(VtTransportException.class, () -> c.getObject("files", "f1"));
      assertEquals("ConnectionFailed", e.code());
    }
  }
}
