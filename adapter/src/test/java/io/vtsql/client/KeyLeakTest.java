package io.vtsql.client;

import static io.vtsql.client.MockVt.OBJECT;
import static io.vtsql.client.MockVt.error;
import static io.vtsql.client.MockVt.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recognisable key never appears anywhere but the x-apikey header. */
class KeyLeakTest {
  private static final String KEY = "feedfacecafebabe".repeat(4);
  private final MockVt vt = new MockVt();
  @TempDir Path dir;

  @AfterEach
  void stop() {
    vt.close();
  }

  private static void assertClean(String what, String text) {
    assertFalse(text.contains(KEY), what + " leaks the key: " + text);
    assertFalse(text.contains(KEY.substring(0, 16)), what + " leaks part of the key: " + text);
  }

  private static String fullTrace(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return w.toString();
  }

  @Test
  void keyAppearsOnlyInTheHeader() throws Exception {
    vt.enqueue(
        json(200, OBJECT),
        error(401, "WrongCredentialsError", "Wrong API key " + KEY),
        error(404, "NotFoundError", "User \\\"" + KEY + "\\\" not found"),
        new MockResponse.Builder().code(200).body("<html>" + KEY + "</html>").build(),
        new MockResponse.Builder().code(502).body("gateway " + KEY).build(),
        error(429, "QuotaExceededError", "Daily quota of " + KEY + " exceeded"));
    List<Throwable> errors = new ArrayList<>();
    VtClient.Builder builder =
        vt.builder(KEY).cacheDir(dir).maxAttempts(1).readTimeout(Duration.ofSeconds(2));
    assertClean("Builder.toString", builder.toString());
    try (VtClient c = builder.build()) {
      assertClean("VtClient.toString", c.toString());
      c.getObject("files", "f1");
      errors.add(assertThrows(VtAuthenticationException.class, () -> c.getObject("files", "f2")));
      errors.add(assertThrows(VtNotFoundException.class, () -> c.getObject("users", "someone")));
      errors.add(assertThrows(VtProtocolException.class, () -> c.getObject("files", "f3")));
      errors.add(assertThrows(VtTransientException.class, () -> c.getObject("files", "f4")));
      errors.add(assertThrows(VtQuotaExceededException.class, () -> c.getObject("files", "f5")));
      errors.add(assertThrows(IllegalArgumentException.class, () -> c.getObject("users", KEY)));
      errors.add(
          assertThrows(
              IllegalArgumentException.class,
              () -> c.getPage("/intelligence/search", Map.of("query", KEY))));
      for (RequestRecord r : c.recentRequests()) {
        assertClean("request record", r.toString());
      }
      assertEquals(6, c.recentRequests().size(), "the two refused requests were never sent");
    }
    for (Throwable t : errors) {
      assertClean("exception", fullTrace(t));
    }
    assertTrue(errors.get(0).getMessage().contains(KeyMask.MASK), errors.get(0).getMessage());
    for (int i = 0; i < 6; i++) {
      RecordedRequest r = vt.server.takeRequest(1, TimeUnit.SECONDS);
      assertEquals(KEY, r.getHeaders().get("x-apikey"));
      assertClean("request line", r.getRequestLine());
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        assertClean("cache file name", f.getFileName().toString());
        assertClean("cache file", Files.readString(f));
      }
    }
  }

  @Test
  void aConnectionFailureMessageDoesNotCarryTheKey() throws IOException {
    String base = vt.baseUrl();
    vt.close();
    try (VtClient c = VtClient.builder().baseUrl(base).apiKey(KEY).maxAttempts(1).build()) {
      assertClean(
          "transport exception",
          fullTrace(assertThrows(VtTransportException.class, () -> c.getObject("files", "f1"))));
    }
  }
}
