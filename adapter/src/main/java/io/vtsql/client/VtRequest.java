package io.vtsql.client;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * One request to the API as the pipeline sees it: a GET of an encoded path relative to the base URL
 * and its parameters in canonical (sorted) order, so equal requests have equal {@link
 * #pathAndQuery()} (which is also the cache key), or a write ({@link VtWrite}) with its payload;
 * plus what the layers share about this one call: the caller's {@link CancelSignal} and the time it
 * spent waiting for the rate limiter.
 */
final class VtRequest {
  private static final HttpUrl ORIGIN = HttpUrl.get("http://origin/");
  private static final Pattern LIVE =
      Pattern.compile("/(users|groups)/[^/]+/(overall_quotas|api_usage)");

  private final String method;
  private final String path;
  private final SortedMap<String, String> params;
  private final VtWrite write;
  private boolean fresh;
  private final String pathAndQuery;
  private final BooleanSupplier cancelled;
  private final AtomicLong limiterWaitNanos = new AtomicLong();

  private VtRequest(
      String method,
      String path,
      SortedMap<String, String> params,
      String pathAndQuery,
      VtWrite write) {
    this.method = method;
    this.write = write;
    this.path = path;
    this.params = params;
    this.pathAndQuery = pathAndQuery;
    this.cancelled = CancelSignal.current();
  }

  /**
   * Creates a request.
   *
   * @param path API path relative to the base URL, starting with "/", without query (e.g.
   *     "/files/abc")
   * @param params query parameters (cursor included); null values are dropped
   */
  static VtRequest get(String path, Map<String, String> params) {
    requireNonNull(path, "path");
    requireNonNull(params, "params");
    if (!path.startsWith("/") || path.indexOf('?') >= 0 || path.indexOf('#') >= 0) {
      throw new IllegalArgumentException("path must start with '/' and carry no query: " + path);
    }
    checkSegments(path);
    SortedMap<String, String> sorted = new TreeMap<>();
    params.forEach(
        (k, v) -> {
          if (v != null) {
            sorted.put(requireNonNull(k, "parameter name"), v);
          }
        });
    HttpUrl url = resolve(ORIGIN, path, sorted);
    String query = url.encodedQuery();
    return new VtRequest(
        "GET",
        url.encodedPath(),
        Collections.unmodifiableSortedMap(sorted),
        query == null ? url.encodedPath() : url.encodedPath() + "?" + query,
        null);
  }

  /**
   * A write. Its path is an encoded API path (checked like a GET's), or an absolute upload URL,
   * whose query is dropped from what the layers show (an upload URL's query may carry a token).
   */
  static VtRequest write(VtWrite write) {
    requireNonNull(write, "write");
    if (write.absolute()) {
      HttpUrl url = HttpUrl.parse(write.path());
      if (url == null) {
        throw new IllegalArgumentException("not an upload URL: " + write.path());
      }
      return new VtRequest(
          write.method(), url.encodedPath(), new TreeMap<>(), url.encodedPath(), write);
    }
    VtRequest shape = get(write.path(), Map.of());
    return new VtRequest(write.method(), shape.path, shape.params, shape.pathAndQuery, write);
  }

  /**
   * This GET, marked to skip the caches' lookups (its answer is still stored): a poll of something
   * that changes, such as a running analysis.
   */
  VtRequest fresh() {
    this.fresh = true;
    return this;
  }

  /** Whether the caches must not answer this GET. */
  boolean wantsFresh() {
    return fresh;
  }

  /** Whether this request only reads (a GET): only reads are cached and retried freely. */
  boolean read() {
    return write == null;
  }

  /** The write this request sends, or null for a GET. */
  VtWrite writeRequest() {
    return write;
  }

  /** What error messages and logs name: the path of a GET, the method and path of a write. */
  String label() {
    return read() ? pathAndQuery : method + " " + pathAndQuery;
  }

  /**
   * The full URL of this request under a base URL such as {@code http://127.0.0.1:8080/api/v3}; an
   * upload URL must be on the base URL's host and port, since the key travels with it.
   */
  HttpUrl urlUnder(HttpUrl base) {
    if (write != null && write.absolute()) {
      HttpUrl url = HttpUrl.get(write.path());
      if (!url.host().equals(base.host()) || url.port() != base.port()) {
        throw new IllegalArgumentException(
            "refusing to send the API key to "
                + url.host()
                + ": the upload URL is not on the API's host "
                + base.host());
      }
      return url;
    }
    return resolve(base, path, params);
  }

  /**
   * Whether the caller has cancelled this call (its statement was cancelled, or its thread
   * interrupted).
   */
  boolean cancelled() {
    return cancelled.getAsBoolean() || Thread.currentThread().isInterrupted();
  }

  /** Adds time this call spent waiting for the rate limiter (not part of the retry time budget). */
  void waitedForLimiter(long nanos) {
    limiterWaitNanos.addAndGet(nanos);
  }

  /** Total time this call has spent waiting for the rate limiter, in nanoseconds. */
  long limiterWaitNanos() {
    return limiterWaitNanos.get();
  }

  String method() {
    return method;
  }

  /** Encoded path relative to the base URL. */
  String path() {
    return path;
  }

  SortedMap<String, String> params() {
    return params;
  }

  /**
   * Whether the response describes what the key's account has used so far ({@code
   * /users/{id}/overall_quotas}, {@code /users|groups/{id}/api_usage}): it changes with every
   * request, so it is never answered from a cache.
   */
  boolean live() {
    return LIVE.matcher(path).matches();
  }

  /**
   * Encoded path and canonical query, e.g. {@code
   * /intelligence/search?limit=10&query=entity%3Afile}.
   */
  String pathAndQuery() {
    return pathAndQuery;
  }

  /**
   * Every segment of an API path addresses one level: an empty, {@code .} or {@code ..} segment
   * (also percent-encoded) would be resolved away by the URL and reach another resource (e.g.
   * {@code /files/..} is {@code /}).
   */
  private static void checkSegments(String path) {
    if (path.length() == 1) {
      return;
    }
    for (String segment : path.substring(1).split("/", -1)) {
      String decoded = segment.replace("%2e", ".").replace("%2E", ".");
      if (decoded.isEmpty() || decoded.equals(".") || decoded.equals("..")) {
        throw new IllegalArgumentException(
            "an API path segment must not be empty, '.' or '..': " + path);
      }
    }
  }

  private static HttpUrl resolve(HttpUrl base, String path, SortedMap<String, String> params) {
    HttpUrl.Builder b = base.newBuilder();
    if (path.length() > 1) {
      b.addEncodedPathSegments(path.substring(1));
    }
    params.forEach(b::addQueryParameter);
    return b.build();
  }

  @Override
  public String toString() {
    return method + " " + pathAndQuery;
  }
}
