package io.vtsql.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The innermost pipeline stage: one HTTP request over OkHttp with the key in the {@code x-apikey}
 * header, the body parsed from its stream by {@link EnvelopeParser} up to {@code maxBodyBytes}, I/O
 * failures turned into {@link VtTransportException}.
 *
 * <p>A GET that fails on a pooled connection before any response arrived (the server closed the
 * connection while it sat idle: "unexpected end of stream", a reset) is sent once more at once on a
 * fresh connection; the server never answered it, so this is the same request, under the same
 * rate-limiter permit. A write is never sent twice: the same failure could be a reset after the
 * server acted on it, so instead it goes out on a fresh connection (idle ones are evicted first),
 * which cannot have died while idle.
 */
final class OkHttpLayer implements Layer {
  private final OkHttpClient http;
  private final HttpUrl baseUrl;
  private final String apiKey;
  private final KeyMask mask;
  private final long maxBodyBytes;

  OkHttpLayer(OkHttpClient http, HttpUrl baseUrl, String apiKey, KeyMask mask, long maxBodyBytes) {
    this.http = requireNonNull(http, "http");
    this.baseUrl = requireNonNull(baseUrl, "baseUrl");
    this.apiKey = requireNonNull(apiKey, "apiKey");
    this.mask = requireNonNull(mask, "mask");
    this.maxBodyBytes = maxBodyBytes;
  }

  /** The event listener of each call: the {@link ConnectionEvents} its request carries as a tag. */
  static EventListener.Factory eventListeners() {
    return call -> {
      ConnectionEvents events = call.request().tag(ConnectionEvents.class);
      return events == null ? EventListener.NONE : events;
    };
  }

  @Override
  public VtResponse execute(VtRequest request) {
    HttpUrl url = request.urlUnder(baseUrl);
    String path = request.label();
    if (mask.leaks(url.toString())) {
      throw new IllegalArgumentException(
          "refusing to send the API key in a URL: " + mask.mask(path));
    }
    if (!request.read()) {
      http.connectionPool().evictAll();
    }
    for (boolean firstTry = true; ; firstTry = false) {
      ConnectionEvents events = new ConnectionEvents();
      try {
        return exchange(request, url, path, events);
      } catch (InterruptedIOException e) {
        throw new VtTransportException(
            "Timeout", path, "no complete response in time: " + describe(e), e);
      } catch (IOException e) {
        if (firstTry && request.read() && events.staleConnection()) {
          http.connectionPool().evictAll();
          continue;
        }
        throw new VtTransportException("ConnectionFailed", path, describe(e), e);
      }
    }
  }

  private VtResponse exchange(VtRequest request, HttpUrl url, String path, ConnectionEvents events)
      throws IOException {
    Request.Builder builder =
        new Request.Builder()
            .url(url)
            .header("x-apikey", apiKey)
            .header("User-Agent", VtVersion.userAgent())
            .header("Accept", "application/json")
            .tag(ConnectionEvents.class, events);
    Request httpRequest =
        request.read()
            ? builder.get().build()
            : builder
                .method(request.method(), request.writeRequest().payload().requestBody())
                .build();
    Call call = http.newCall(httpRequest);
    try (Response response = call.execute()) {
      int status = response.code();
      Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), Instant.now());
      ResponseBody body = response.body();
      if (body.contentLength() > maxBodyBytes) {
        call.cancel();
        throw tooLarge(status, path, "announces " + body.contentLength() + " bytes");
      }
      try (BodyStream in = new BodyStream(body.byteStream(), maxBodyBytes)) {
        JsonNode root;
        if (request.method().equals("DELETE") && status >= 200 && status < 300) {
          // a DELETE may answer with no body at all: that emptiness is its whole answer
          byte[] bytes = in.readAllBytes();
          root =
              bytes.length == 0
                  ? EnvelopeParser.mapper().createObjectNode().putNull("data")
                  : EnvelopeParser.checkResponse(
                      status, new String(bytes, StandardCharsets.UTF_8), path, retryAfter, mask);
        } else {
          root = EnvelopeParser.checkResponse(status, in, path, retryAfter, mask);
        }
        KeyScrubber.scrub(root);
        return new VtResponse(root, status, Instant.now(), VtResponse.Source.NETWORK);
      } catch (BodyStream.TooLarge e) {
        // drop the connection: closing the body would first try to drain the rest of it
        call.cancel();
        throw tooLarge(status, path, "goes on beyond " + maxBodyBytes + " bytes");
      } catch (OutOfMemoryError e) {
        // the tree being built is garbage once this frame is left: the caller gets an error, not a
        // dead JVM
        throw tooLarge(status, path, "did not fit in the heap");
      } catch (VtEndpointException e) {
        throw new VtEndpointException(
            status,
            path,
            e.detail()
                + "; check baseUrl "
                + shown(baseUrl)
                + " (VirusTotal's is "
                + VtClient.DEFAULT_BASE_URL
                + ")");
      }
    }
  }

  private VtProtocolException tooLarge(int status, String path, String what) {
    return new VtProtocolException(
        "BodyTooLarge",
        status,
        path,
        "the response body "
            + what
            + "; the client reads at most maxBodyBytes="
            + maxBodyBytes
            + " bytes per response",
        null);
  }

  /** The base URL as it may be shown: without user name and password. */
  private static String shown(HttpUrl url) {
    return url.newBuilder().username("").password("").build().toString();
  }

  private String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + mask.mask(message));
  }

  /**
   * What happened to one call's connection: whether it was opened for this call, whether a response
   * came.
   */
  static final class ConnectionEvents extends EventListener {
    private volatile boolean acquired;
    private volatile boolean connected;
    private volatile boolean answered;

    @Override
    public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
      connected = true;
    }

    @Override
    public void connectionAcquired(Call call, Connection connection) {
      acquired = true;
    }

    @Override
    public void responseHeadersEnd(Call call, Response response) {
      answered = true;
    }

    /** A pooled connection failed before any response: the server had closed it while idle. */
    boolean staleConnection() {
      return acquired && !connected && !answered;
    }
  }
}
