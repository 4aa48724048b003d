package io.vtsql.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** A loopback MockWebServer standing in for VirusTotal, with builders preset for fast tests. */
final class MockVt implements AutoCloseable {
  static final String OBJECT =
      "{\"data\":{\"type\":\"file\",\"id\":\"f1\",\"attributes\":{\"size\":1}}}";

  final MockWebServer server = new MockWebServer();

  MockVt() {
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String baseUrl() {
    return server.url("/api/v3").toString();
  }

  /** A builder for this server with millisecond backoffs, so retry tests stay fast. */
  VtClient.Builder builder(String key) {
    return VtClient.builder()
        .baseUrl(baseUrl())
        .apiKey(key)
        .retryBaseDelay(Duration.ofMillis(10))
        .retryMaxDelay(Duration.ofMillis(50))
        .readTimeout(Duration.ofSeconds(5));
  }

  static MockResponse json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .body(body)
        .build();
  }

  static MockResponse error(int status, String code, String message) {
    return json(status, "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}");
  }

  void enqueue(MockResponse... responses) {
    for (MockResponse r : responses) {
      server.enqueue(r);
    }
  }

  int requests() {
    return server.getRequestCount();
  }

  /**
   * A recognisable 64-hex key, distinct per name, so tests never share limiters or caches by
   * accident.
   */
  static String key(String name) {
    return KeyIdentity.sha256("vtsql-test-" + name + "-" + System.nanoTime());
  }

  @Override
  public void close() {
    server.close();
  }
}
