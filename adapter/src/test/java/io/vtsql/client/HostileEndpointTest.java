package io.vtsql.client;

import static io.vtsql.client.MockVt.OBJECT;
import static io.vtsql.client.MockVt.error;
import static io.vtsql.client.MockVt.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An endpoint that is not (quite) VirusTotal never yields a wrong answer: only VirusTotal's
 * NotFoundError means "no such object", ids never escape their path, pooled connections the server
 * dropped are replaced transparently, and bodies beyond the cap fail cleanly.
 */
class HostileEndpointTest {
  private final MockVt vt = new MockVt();

  @AfterEach
  void stop() {
    vt.close();
  }

  @Test
  void onlyVirusTotalsNotFoundErrorMeansNoSuchObject() {
    vt.enqueue(error(404, "NotFoundError", "File abc not found"));
    try (VtClient c = vt.builder(MockVt.key("nf")).build()) {
      assertEquals(Optional.empty(), c.findObject("files", "abc"));
    }
  }

  @Test
  void aDamagedNotFoundBodyIsRetriedNotReadAsAnAnswer() {
    String notFound = "{\"error\":{\"code\":\"NotFoundError\",\"message\":\"File abc not found\"}}";
    vt.enqueue(
        json(404, notFound.substring(0, 30)), error(404, "NotFoundError", "File abc not found"));
    try (VtClient c = vt.builder(MockVt.key("cut404")).build()) {
      assertEquals(Optional.empty(), c.findObject("files", "abc"));
      assertEquals(2, vt.requests());
    }
  }

  @Test
  void anHtml404IsAWrongUrlNotAMissingObject() {
    vt.enqueue(
        new MockResponse.Builder()
            .code(404)
            .setHeader("Content-Type", "text/html")
            .body("<html><body><h1>404 Not Found</h1></body></html>")
            .build());
    try (VtClient c = vt.builder(MockVt.key("html404")).build()) {
      VtEndpointException e =
          assertThrows(VtEndpointException.class, () -> c.findObject("files", "abc"));
      assertEquals(1, vt.requests(), "a wrong URL is not retried");
      assertEquals("NotAnApiEndpoint", e.code());
      assertTrue(
          e.getMessage().contains("HTML")
              && e.getMessage().contains("check baseUrl " + vt.baseUrl()),
          e.getMessage());
      assertTrue(!e.getMessage().contains("\n"), "one line");
    }
  }

  @Test
  void otherJson404sAndEmpty404sAreWrongUrlsToo() {
    vt.enqueue(
        json(404, "{\"message\":\"no route\"}"),
        json(404, ""),
        error(404, "RouteNotFound", "no such path"),
        json(404, "<html>Not Found</html>"));
    try (VtClient c = vt.builder(MockVt.key("json404")).build()) {
      for (int i = 0; i < 3; i++) {
        assertThrows(VtEndpointException.class, () -> c.findObject("files", "abc"));
      }
      assertThrows(
          VtEndpointException.class,
          () -> c.getPage("/files/abc/comments", Map.of()),
          "relationship pages alike");
    }
  }

  @Test
  void dotIdsAreNoObjectsAndSendNothing() {
    try (VtClient c = vt.builder(MockVt.key("dots")).build()) {
      assertEquals(Optional.empty(), c.findObject("files", ".."));
      assertEquals(Optional.empty(), c.findObject("files", "."));
      assertThrows(VtNotFoundException.class, () -> c.getObject("urls", ".."));
      assertThrows(IllegalArgumentException.class, () -> c.getPage("/files/../comments", Map.of()));
      assertThrows(
          IllegalArgumentException.class, () -> c.getPage("/files/%2E%2e/comments", Map.of()));
      assertThrows(IllegalArgumentException.class, () -> c.getPage("//comments", Map.of()));
      assertEquals(0, vt.requests());
    }
  }

  @Test
  void otherIdsAreEncodedIntoOneSegment() throws InterruptedException {
    vt.enqueue(json(200, OBJECT), json(200, OBJECT));
    try (VtClient c = vt.builder(MockVt.key("enc")).cache(false).build()) {
      c.getObject("files", "../metadata");
      c.getObject("files", "%2e%2e");
      assertEquals("/api/v3/files/..%2Fmetadata", vt.server.takeRequest().getUrl().encodedPath());
      assertEquals("/api/v3/files/%252e%252e", vt.server.takeRequest().getUrl().encodedPath());
    }
  }

  @Test
  void aPooledConnectionTheServerClosedIsReplacedWithoutAnotherAttempt() {
    // each response ends with the server dropping the kept-alive connection
    for (int i = 0; i < 3; i++) {
      vt.enqueue(
          new MockResponse.Builder(json(200, OBJECT))
              .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE)
              .build());
    }
    try (VtClient c = vt.builder(MockVt.key("stale")).cache(false).maxAttempts(1).build()) {
      for (int i = 0; i < 3; i++) {
        assertEquals("f1", c.getObject("files", "f1").id());
      }
      assertEquals(3, vt.requests());
    }
  }

  @Test
  void anEndlessBodyStopsAtTheCapWithAClearError() {
    Buffer big = new Buffer().writeUtf8("{\"data\":[");
    for (int i = 0; i < 2000; i++) {
      big.writeUtf8("{\"type\":\"file\",\"id\":\"" + i + "\"},");
    }
    vt.enqueue(new MockResponse.Builder().code(200).chunkedBody(big, 1024).build());
    try (VtClient c = vt.builder(MockVt.key("cap")).maxBodyBytes(4096).build()) {
      VtProtocolException e =
          assertThrows(
              VtProtocolException.class,
              () -> c.getPage("/intelligence/search", Map.of("query", "x")));
      assertEquals("BodyTooLarge", e.code());
      assertTrue(e.getMessage().contains("maxBodyBytes=4096"), e.getMessage());
      assertEquals(1, vt.requests(), "a body over the cap is not fetched again");
    }
  }

  @Test
  void aBodyAnnouncedBeyondTheCapIsNotRead() {
    vt.enqueue(json(200, OBJECT));
    try (VtClient c = vt.builder(MockVt.key("len")).maxBodyBytes(10).build()) {
      VtProtocolException e =
          assertThrows(VtProtocolException.class, () -> c.getObject("files", "f1"));
      assertTrue(
          e.getMessage().contains("announces " + OBJECT.length() + " bytes"), e.getMessage());
    }
  }

  @Test
  void bodiesWithinTheCapParseFromTheStream() {
    vt.enqueue(new MockResponse.Builder().code(200).chunkedBody(OBJECT, 7).build());
    try (VtClient c = vt.builder(MockVt.key("ok")).maxBodyBytes(OBJECT.length()).build()) {
      assertEquals(1, c.getObject("files", "f1").attributes().get("size").asInt());
    }
  }
}
