package io.vtsql.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A tiny HTTP helper for tests: GET/POST with an optional API key, JSON parsing. */
final class Http {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Http() {}

  /** One response: status, raw body and headers. */
  record Response(int status, String body, java.net.http.HttpHeaders headers) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }
  }

  static Response get(String url, String key) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
    if (key != null) {
      b.header("X-Apikey", key);
    }
    return send(b.GET().build());
  }

  static Response post(String url, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(20))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  static Response delete(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).DELETE().build());
  }

  static Response send(HttpRequest request) {
    try {
      // The whole exchange, body included, is bounded: a hung body must fail the test, not stall
      // it.
      HttpResponse<String> r =
          CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString()).get(20, TimeUnit.SECONDS);
      return new Response(r.statusCode(), r.body(), r.headers());
    } catch (ExecutionException e) {
      throw new UncheckedIOException(new IOException(e.getCause()));
    } catch (InterruptedException | TimeoutException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
