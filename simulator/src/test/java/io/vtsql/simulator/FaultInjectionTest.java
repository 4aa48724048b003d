package io.vtsql.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.faults.FaultKind;
import io.vtsql.simulator.faults.FaultSettings;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {

  private static VtSimulator sim;
  private static String url;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().scale(200).build());
    url =
        sim.baseUrl()
            + "/domains/"
            + sim.corpus().ids("domain").get(0)
            + "/communicating_files"
            + "?limit=40";
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void clear() {
    sim.faults().clear();
    sim.requests().reset();
  }

  private static void only(FaultKind kind, Integer retryAfter) {
    sim.faults().configure(new FaultSettings(0, 0, Map.of(kind, 1.0), retryAfter, 10, 3));
  }

  private static Http.Response call() {
    return Http.get(url, sim.premiumKey());
  }

  @Test
  void errorStatusFaults() {
    only(FaultKind.QUOTA_EXCEEDED, 2);
    Http.Response quota = call();
    assertEquals(429, quota.status());
    assertEquals("QuotaExceededError", quota.json().get("error").get("code").asText());
    assertEquals("2", quota.headers().firstValue("retry-after").orElseThrow());
    only(FaultKind.TOO_MANY_REQUESTS, null);
    Http.Response tooMany = call();
    assertEquals("TooManyRequestsError", tooMany.json().get("error").get("code").asText());
    assertTrue(tooMany.headers().firstValue("retry-after").isEmpty());
    only(FaultKind.TRANSIENT, null);
    assertEquals(503, call().status());
    only(FaultKind.DEADLINE_EXCEEDED, null);
    Http.Response deadline = call();
    assertEquals(504, deadline.status());
    assertEquals("DeadlineExceededError", deadline.json().get("error").get("code").asText());
    only(FaultKind.SERVER_ERROR, null);
    assertEquals(500, call().status());
    List<Integer> statuses = sim.requests().records().stream().map(RequestRecord::status).toList();
    assertEquals(List.of(429, 429, 503, 504, 500), statuses);
  }

  @Test
  void malformedBodies() {
    only(FaultKind.HTML_200, null);
    Http.Response html = call();
    assertEquals(200, html.status());
    assertTrue(html.body().startsWith("<!DOCTYPE html>"));
    assertTrue(html.headers().firstValue("content-type").orElseThrow().startsWith("text/html"));
    only(FaultKind.HTML_502, null);
    assertEquals(502, call().status());
    only(FaultKind.NON_JSON, null);
    Http.Response text = call();
    assertEquals(200, text.status());
    assertThrows(UncheckedIOException.class, text::json);
    only(FaultKind.EMPTY_200, null);
    Http.Response empty = call();
    assertEquals(200, empty.status());
    assertEquals("", empty.body());
    only(FaultKind.CUT_JSON, null);
    Http.Response cut = call();
    assertEquals(200, cut.status());
    assertThrows(UncheckedIOException.class, cut::json);
  }

  @Test
  void brokenConnections() {
    only(FaultKind.TRUNCATED, null);
    assertThrows(UncheckedIOException.class, FaultInjectionTest::call);
    only(FaultKind.RESET, null);
    assertThrows(UncheckedIOException.class, FaultInjectionTest::call);
    assertEquals(0, sim.requests().records().get(1).status());
  }

  @Test
  void slowBodiesAndLatencyStillDeliverTheSameJson() {
    sim.faults().clear();
    String expected = call().body();
    only(FaultKind.SLOW_BODY, null);
    long start = System.nanoTime();
    assertEquals(expected, call().body());
    assertTrue((System.nanoTime() - start) / 1_000_000 >= 150, "dripped in 20 pieces of 10 ms");
    sim.faults().configure(FaultSettings.none().withLatency(200, 0));
    start = System.nanoTime();
    assertEquals(expected, call().body());
    assertTrue((System.nanoTime() - start) / 1_000_000 >= 200);
  }

  @Test
  void html404IsAProxysPageNotAnApiError() {
    only(FaultKind.HTML_404, null);
    Http.Response r = call();
    assertEquals(404, r.status());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(r.body().contains("<h1>Not Found</h1>"), r.body());
  }

  @Test
  void endlessBodyGoesOnUntilTheClientHangsUp() throws Exception {
    only(FaultKind.ENDLESS_BODY, null);
    HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
    c.setRequestProperty("x-apikey", sim.premiumKey());
    c.setReadTimeout(5000);
    assertEquals(200, c.getResponseCode());
    byte[] buffer = new byte[64 * 1024];
    long read = 0;
    String start;
    try (InputStream in = c.getInputStream()) {
      start = new String(in.readNBytes(40), StandardCharsets.UTF_8);
      while (read < 8 << 20) {
        int n = in.read(buffer);
        assertTrue(n > 0, "the body ended after " + read + " bytes");
        read += n;
      }
    } finally {
      c.disconnect();
    }
    assertTrue(start.startsWith("{\"data\": [{\"type\": \"file\""), start);
  }

  @Test
  void idleCloseSendsTheResponseThenDropsTheKeptAliveConnection() throws Exception {
    only(FaultKind.IDLE_CLOSE, null);
    URI uri = URI.create(url);
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(5000);
      socket
          .getOutputStream()
          .write(
              ("GET "
                      + uri.getRawPath()
                      + "?"
                      + uri.getRawQuery()
                      + " HTTP/1.1\r\nHost: "
                      + uri.getHost()
                      + "\r\nx-apikey: "
                      + sim.premiumKey()
                      + "\r\nConnection: keep-alive\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      String all = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(all.startsWith("HTTP/1.1 200"), all.substring(0, Math.min(200, all.length())));
      assertTrue(
          !all.toLowerCase(java.util.Locale.ROOT).contains("connection: close"),
          "the server does not announce the close");
      String body = all.substring(all.indexOf("\r\n\r\n") + 4);
      Http.JSON.readTree(body);
    }
  }

  @Test
  void sameFaultSeedSameSequence() {
    List<Integer> first = sequence();
    List<Integer> second = sequence();
    assertEquals(first, second);
    assertTrue(first.stream().distinct().count() > 2, first.toString());
  }

  private static List<Integer> sequence() {
    Map<FaultKind, Double> rates =
        Map.of(FaultKind.TRANSIENT, 0.2, FaultKind.QUOTA_EXCEEDED, 0.2, FaultKind.HTML_502, 0.2);
    sim.faults().configure(new FaultSettings(0, 0, rates, null, 10, 99));
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      statuses.add(call().status());
    }
    return statuses;
  }

  @Test
  void controlEndpointConfiguresAndClears() {
    Http.Response set =
        Http.post(sim.rootUrl() + "/_sim/faults", "{\"rates\": {\"transient\": 1.0}, \"seed\": 5}");
    assertEquals(200, set.status());
    assertEquals(1.0, set.json().get("rates").get("transient").asDouble());
    assertEquals(503, call().status());
    assertEquals(
        200,
        Http.get(sim.rootUrl() + "/_sim/stats", null).status(),
        "faults never touch the control plane");
    assertEquals(
        400,
        Http.post(sim.rootUrl() + "/_sim/faults", "{\"rates\": {\"transient\": 2.0}}").status());
    Http.delete(sim.rootUrl() + "/_sim/faults");
    assertEquals(200, call().status());
  }
}
