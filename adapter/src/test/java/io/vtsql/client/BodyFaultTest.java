package io.vtsql.client;

import static io.vtsql.client.MockVt.OBJECT;
import static io.vtsql.client.MockVt.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Broken bodies never become partial results: they are retried, then fail with a clear protocol
 * error.
 */
class BodyFaultTest {
  private final MockVt vt = new MockVt();

  @AfterEach
  void stop() {
    vt.close();
  }

  private VtProtocolException failsWith(MockResponse bad) {
    for (int i = 0; i < 3; i++) {
      vt.enqueue(bad);
    }
    try (VtClient c = vt.builder(MockVt.key("body")).maxAttempts(3).build()) {
      VtProtocolException e =
          assertThrows(
              VtProtocolException.class,
              () -> c.getPage("/intelligence/search", Map.of("query", "entity:file")));
      assertEquals(3, vt.requests(), "retried as transient");
      assertEquals(0, c.cacheStats().entries(), "never cached");
      assertTrue(
          e.getMessage().contains("/intelligence/search?query=entity%3Afile"), e.getMessage());
      return e;
    }
  }

  @Test
  void truncatedJson() {
    String page = "{\"data\":[{\"type\":\"file\",\"id\":\"a\"},{\"type\":\"file\",\"id\":\"b\"}]}";
    VtProtocolException e = failsWith(json(200, page.substring(0, page.length() - 10)));
    assertEquals("TruncatedJson", e.code());
    assertEquals(200, e.httpStatus());
  }

  @Test
  void htmlErrorPage() {
    VtProtocolException e =
        failsWith(
            new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "text/html")
                .body("<html><body><h1>502 Bad Gateway</h1></body></html>")
                .build());
    assertEquals("InvalidJson", e.code());
    assertTrue(e.getMessage().contains("HTML"), e.getMessage());
  }

  @Test
  void emptyBodyWith200() {
    assertEquals("EmptyBody", failsWith(json(200, "")).code());
  }

  @Test
  void nonJsonText() {
    assertEquals("InvalidJson", failsWith(json(200, "hello")).code());
  }

  @Test
  void jsonWithoutData() {
    assertEquals("MissingData", failsWith(json(200, "{\"links\":{}}")).code());
  }

  @Test
  void trailingGarbageAfterTheDocument() {
    assertEquals("InvalidJson", failsWith(json(200, OBJECT + "}{")).code());
  }

  @Test
  void aBrokenBodyThenAGoodOneGivesTheWholeResult() {
    vt.enqueue(json(200, OBJECT.substring(0, 20)), json(200, OBJECT));
    try (VtClient c = vt.builder(MockVt.key("heal")).build()) {
      assertEquals(1, c.getObject("files", "f1").attributes().get("size").asInt());
    }
  }

  @Test
  void htmlErrorPageWithServerErrorStatusIsTransient() {
    for (int i = 0; i < 2; i++) {
      vt.enqueue(new MockResponse.Builder().code(502).body("<html>Bad Gateway</html>").build());
    }
    try (VtClient c = vt.builder(MockVt.key("502")).maxAttempts(2).build()) {
      VtTransientException e =
          assertThrows(VtTransientException.class, () -> c.getObject("files", "f1"));
      assertEquals("ServerError", e.code());
      assertEquals(502, e.httpStatus());
    }
  }
}
