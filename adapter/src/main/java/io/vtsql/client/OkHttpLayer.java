package io.vtsql.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The innermost pipeline stage: one HTTP GET over OkHttp with the key in the {@code x-apikey} header, the whole
 * body read and validated by {@link EnvelopeParser}, I/O failures turned into {@link VtTransportException}.
 */
final class OkHttpLayer implements Layer {
  private final OkHttpClient http;
  private final HttpUrl baseUrl;
  private final String apiKey;
  private final KeyMask mask;

  OkHttpLayer(OkHttpClient http, HttpUrl baseUrl, String apiKey, KeyMask mask) {
    this.http = requireNonNull(http, "http");
    this.baseUrl = requireNonNull(baseUrl, "baseUrl");
    this.apiKey = requireNonNull(apiKey, "apiKey");
    this.mask = requireNonNull(mask, "mask");
  }

  @Override
  public VtResponse execute(VtRequest request) {
    HttpUrl url = request.urlUnder(baseUrl);
    String path = request.pathAndQuery();
    if (mask.leaks(url.toString())) {
      throw new IllegalArgumentException("refusing to send the API key in a URL: " + mask.mask(path));
    }
    Request httpRequest = new Request.Builder()
        .url(url)
        .header("x-apikey", apiKey)
        .header("User-Agent", VtVersion.userAgent())
        .header("Accept", "application/json")
        .get()
        .build();
    int status;
    String body;
    Duration retryAfter;
    try (Response response = http.newCall(httpRequest).execute()) {
      status = response.code();
      retryAfter = RetryAfter.parse(response.header("Retry-After"), Instant.now());
      ResponseBody responseBody = response.body();
      body = responseBody.string();
    } catch (InterruptedIOException e) {
      throw new VtTransportException("Timeout", path, "no complete response in time: " + describe(e), e);
    } catch (IOException e) {
      throw new VtTransportException("ConnectionFailed", path, describe(e), e);
    }
    JsonNode root = EnvelopeParser.checkResponse(status, body, path, retryAfter, mask);
    return new VtResponse(root, status, Instant.now(), VtResponse.Source.NETWORK);
  }

  private String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + mask.mask(message));
  }
}
