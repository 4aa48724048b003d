package io.vtsql.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client over HTTP: headers, typed reads, error mapping and lazy cursor paging against a
 * loopback server.
 */
class VtClientTest {
  static final String KEY = "c0ffee00deadbeef".repeat(4);

  private MockWebServer server;
  private VtClient client;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start(InetAddress.getLoopbackAddress(), 0);
    client = VtClient.builder().baseUrl(server.url("/api/v3").toString()).apiKey(KEY).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  static MockResponse json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  static String page(String cursor, String... ids) {
    StringBuilder data = new StringBuilder();
    for (String id : ids) {
      data.append(data.length() == 0 ? "" : ",")
          .append("{\"type\":\"file\",\"id\":\"")
          .append(id)
          .append("\",\"attributes\":{}}");
    }
    String meta =
        cursor == null
            ? ""
            : ",\"meta\":{\"cursor\":\""
                + cursor
                + "\"}"
                + ",\"links\":{\"next\":\"https://elsewhere.example/api/v3/x?cursor="
                + cursor
                + "\"}";
    return "{\"data\":[" + data + "]" + meta + "}";
  }

  @Test
  void sendsTheKeyOnlyInTheHeaderAndAUserAgent() throws InterruptedException {
    server.enqueue(
        json(
            200,
            "{\"data\":{\"type\":\"domain\",\"id\":\"example.com\",\"attributes\":{\"tld\":\"com\"},"
                + "\"links\":{\"self\":\"https://www.virustotal.com/api/v3/domains/example.com\"}}}"));
    VtObject d = client.getObject("domains", "example.com");
    assertEquals("com", d.attributes().get("tld").asText());
    RecordedRequest r = server.takeRequest(1, TimeUnit.SECONDS);
    assertEquals(KEY, r.getHeaders().get("x-apikey"));
    assertEquals("/api/v3/domains/example.com", r.getUrl().encodedPath());
    assertFalse(r.getUrl().toString().contains(KEY));
    assertEquals("vtsql/" + VtVersion.version(), r.getHeaders().get("User-Agent"));
    assertFalse(VtVersion.version().contains("${"), "the version resource is filtered");
  }

  @Test
  void notFoundIsAnExceptionOrEmpty() {
    String body =
        "{\"error\":{\"code\":\"NotFoundError\",\"message\":\"File \\\"abc\\\" not found\"}}";
    server.enqueue(json(404, body));
    server.enqueue(json(404, body));
    VtNotFoundException e =
        assertThrows(VtNotFoundException.class, () -> client.getObject("files", "abc"));
    assertEquals("/files/abc", e.path());
    assertEquals(
        "NotFoundError (HTTP 404) on GET /files/abc: File \"abc\" not found", e.getMessage());
    assertTrue(client.findObject("files", "abc").isEmpty());
  }

  @Test
  void oneToOneRelationshipAndBareData() {
    server.enqueue(json(200, "{\"data\":null,\"links\":{\"self\":\"x\"}}"));
    server.enqueue(json(200, "{\"data\":{\"relationships\":{\"file\":[]}}}"));
    assertTrue(client.getSingle("/urls/abc/network_location").isEmpty());
    assertTrue(client.getData("/metadata", Map.of()).has("relationships"));
  }

  @Test
  void iteratorIsLazyAndFollowsTheCursorOnTheClientsOwnHost() throws InterruptedException {
    server.enqueue(json(200, page("c1", "a", "b")));
    server.enqueue(json(200, page("c2", "c")));
    server.enqueue(json(200, page(null, "d")));
    Map<String, String> params = Map.of("query", "entity:file", "limit", "2");
    try (PageIterator it = client.iterate("/intelligence/search", params)) {
      assertEquals(0, server.getRequestCount(), "no request before hasNext()");
      List<String> ids = new ArrayList<>();
      while (it.hasNext()) {
        ids.add(it.next().id());
      }
      assertEquals(List.of("a", "b", "c", "d"), ids);
      assertEquals(3, it.pagesFetched());
    }
    RecordedRequest first = server.takeRequest(1, TimeUnit.SECONDS);
    assertNull(first.getUrl().queryParameter("cursor"));
    for (String cursor : List.of("c1", "c2")) {
      RecordedRequest r = server.takeRequest(1, TimeUnit.SECONDS);
      assertEquals(
          "/api/v3/intelligence/search", r.getUrl().encodedPath(), "never the host of links.next");
      assertEquals(cursor, r.getUrl().queryParameter("cursor"));
      assertEquals("entity:file", r.getUrl().queryParameter("query"));
      assertEquals("2", r.getUrl().queryParameter("limit"));
    }
  }

  @Test
  void iteratorRequestsTheNextPageOnlyWhenAskedAndNothingAfterClose() {
    server.enqueue(json(200, page("c1", "a", "b")));
    server.enqueue(json(200, page("c2", "c")));
    PageIterator it = client.iterate("/files/x/comments", Map.of());
    it.next();
    it.next();
    assertEquals(1, server.getRequestCount(), "the second page waits until the consumer asks");
    assertTrue(it.hasNext());
    assertEquals(2, server.getRequestCount());
    assertEquals("c", it.next().id());
    it.close();
    assertFalse(it.hasNext());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void emptyCursorEndsPaging() {
    server.enqueue(json(200, "{\"meta\":{\"count\":0,\"cursor\":\"\"},\"data\":[]}"));
    PageIterator it = client.iterate("/domains/x/resolutions", Map.of());
    assertFalse(it.hasNext());
    assertEquals(1, it.pagesFetched());
  }

  @Test
  void toStringMasksTheKey() {
    VtClient.Builder b = VtClient.builder().apiKey(KEY);
    assertFalse(b.toString().contains(KEY.substring(0, 8)), b.toString());
    assertFalse(client.toString().contains(KEY.substring(0, 8)), client.toString());
  }
}
