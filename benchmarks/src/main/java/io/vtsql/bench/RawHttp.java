package io.vtsql.bench;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A plain OkHttp client with the API key header: the transport-only baseline for latency and the
 * load generator for the simulator's own throughput.
 */
final class RawHttp implements AutoCloseable {
  private final OkHttpClient http;
  private final String baseUrl;
  private final String apiKey;

  RawHttp(String baseUrl, String apiKey) {
    this.baseUrl = requireNonNull(baseUrl, "baseUrl");
    this.apiKey = requireNonNull(apiKey, "apiKey");
    this.http =
        new OkHttpClient.Builder()
            .readTimeout(Duration.ofSeconds(60))
            .callTimeout(Duration.ofSeconds(120))
            .build();
  }

  OkHttpClient client() {
    return http;
  }

  /** GETs {@code path} (relative to the base URL, with its query) and returns the body bytes. */
  byte[] get(String path) {
    return get(requireNonNull(HttpUrl.parse(baseUrl + path), path));
  }

  byte[] get(HttpUrl url) {
    final Request request = new Request.Builder().url(url).header("x-apikey", apiKey).build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IllegalStateException(
            "GET " + url.encodedPath() + " answered " + response.code());
      }
      return response.body().bytes();
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + url.encodedPath() + " failed", e);
    }
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
