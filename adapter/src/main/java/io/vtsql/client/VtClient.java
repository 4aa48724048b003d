package io.vtsql.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Thread-safe client of the VirusTotal API v3: typed reads of objects, pages, lazy cursors, 1:1
 * relationships and bare values, each a GET through the request pipeline. The API key travels only
 * in the {@code x-apikey} header.
 */
public final class VtClient implements AutoCloseable {
  /**
   * The default cap of one response body: 64 MiB (a 40-object page of full file reports is a few
   * MiB).
   */
  public static final long DEFAULT_MAX_BODY_BYTES = 64L << 20;

  /** The public VirusTotal API v3 base URL. */
  public static final String DEFAULT_BASE_URL = "https://www.virustotal.com/api/v3";

  private final ClientSettings settings;
  private final String keyDescription;
  private final OkHttpClient http;
  private final Pipeline pipeline;
  private final Listeners<RateLimitListener> rateLimitListeners = new Listeners<>();
  private final ProgressCounters progress = new ProgressCounters();
  private final Runnable onClose;

  VtClient(ClientSettings settings, String apiKey, Runnable onClose) {
    this.settings = requireNonNull(settings, "settings");
    this.keyDescription = KeyIdentity.describe(requireNonNull(apiKey, "apiKey"));
    this.onClose = onClose == null ? this::shutdown : onClose;
    this.http =
        new OkHttpClient.Builder()
            .connectTimeout(settings.connectTimeout())
            .readTimeout(settings.readTimeout())
            .callTimeout(settings.callTimeout())
            // the pipeline's own retry decides; OkHttp must not silently repeat requests behind the
            // limiter's back
            .retryOnConnectionFailure(false)
            // x-apikey is a custom header that OkHttp would forward to whatever host a redirect
            // names
            .followRedirects(false)
            .followSslRedirects(false)
            // tells OkHttpLayer whether a failed call had reused a pooled connection
            .eventListenerFactory(OkHttpLayer.eventListeners())
            .build();
    RollingWindowRateLimiter limiter =
        RateLimiterRegistry.forKey(settings.keyId(), settings.baseUrl(), settings.rateLimits());
    this.pipeline = new Pipeline(settings, apiKey, http, limiter, rateLimitListeners);
    pipeline.requestLog().addListener(progress);
    rateLimitListeners.add(progress);
  }

  /**
   * A builder with the public VirusTotal base URL and default timeouts; the API key is required.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The default size budget of an in-memory cache: a sixteenth of the JVM's maximum heap, so that
   * the response cache and the adapter's object cache together keep at most an eighth of it (a scan
   * under -Xmx256m keeps streaming with room to spare).
   */
  public static long defaultCacheMaxBytes() {
    return Runtime.getRuntime().maxMemory() / 16;
  }

  /** {@code GET /{collection}/{id}}; a NotFoundError is thrown as {@link VtNotFoundException}. */
  public VtObject getObject(String collection, String id) {
    String path = objectPath(collection, id);
    return EnvelopeParser.parseObject(get(path, Map.of()), path);
  }

  /**
   * {@code GET /{collection}/{id}} answered by VirusTotal, never by a cache (the answer is cached
   * for later reads): for polling an object that changes, such as a running analysis.
   */
  public VtObject getObjectFresh(String collection, String id) {
    String path = objectPath(collection, id);
    return EnvelopeParser.parseObject(
        pipeline.execute(VtRequest.get(path, Map.of()).fresh()).body(), path);
  }

  /**
   * The bare {@code data} of a GET answered by VirusTotal, never by a cache ({@code
   * /files/upload_url}).
   */
  public JsonNode getFreshData(String path) {
    return EnvelopeParser.parseData(
        pipeline.execute(VtRequest.get(path, Map.of()).fresh()).body(), path);
  }

  /** {@code GET /{collection}/{id}}; NotFoundError → empty. */
  public Optional<VtObject> findObject(String collection, String id) {
    try {
      return Optional.of(getObject(collection, id));
    } catch (VtNotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * One GET of a collection page, e.g. {@code getPage("/intelligence/search", Map.of("query",
   * "entity:file"))}.
   */
  public VtPage getPage(String path, Map<String, String> params) {
    return EnvelopeParser.parsePage(get(path, params), path);
  }

  /**
   * A lazy iterator over every item of a collection; the first request happens on the first
   * hasNext().
   */
  public PageIterator iterate(String path, Map<String, String> params) {
    return new PageIterator(this::getPage, path, params);
  }

  /**
   * A 1:1 relationship such as {@code /urls/{id}/network_location}: the object, or empty for {@code
   * null}.
   */
  public Optional<VtObject> getSingle(String path) {
    return EnvelopeParser.parseSingle(get(path, Map.of()), path);
  }

  /**
   * The bare {@code data} of a response, e.g. {@code /metadata} or {@code
   * /popular_threat_categories}.
   */
  public JsonNode getData(String path, Map<String, String> params) {
    return EnvelopeParser.parseData(get(path, params), path);
  }

  /**
   * Sends one write ({@code POST}, {@code PATCH}, {@code DELETE}) and returns the response's JSON
   * ({@code {"data": null}} for a DELETE answered without a body). It is never sent twice unless
   * VirusTotal answered that it did not act on it (429, its 503 TransientError); cached reads under
   * the written paths are dropped whatever the outcome.
   *
   * @throws VtException as a read would; {@link #outcomeUnknown} tells whether the write may
   *     nevertheless have happened
   */
  public JsonNode write(VtWrite write) {
    return pipeline.execute(VtRequest.write(write)).body();
  }

  /**
   * Whether a write that failed with {@code failure} may nevertheless have happened: a reset,
   * timeout, broken body, 500 or 504 (VirusTotal may have acted before the failure), as opposed to
   * an error answer that refuses it.
   */
  public static boolean outcomeUnknown(VtException failure) {
    return RetryLayer.outcomeUnknown(failure);
  }

  /** The base URL requests go to (no trailing slash). */
  public String baseUrl() {
    return settings.baseUrl();
  }

  /** The most recent requests (oldest first), at most the builder's {@code requestLogSize}. */
  public List<RequestRecord> recentRequests() {
    return pipeline.requestLog().snapshot();
  }

  /** Registers a listener told of every request; close the subscription to remove it. */
  public Subscription addRequestListener(RequestListener listener) {
    return pipeline.requestLog().addListener(listener);
  }

  /** Registers a listener told of long rate-limiter waits; close the subscription to remove it. */
  public Subscription addRateLimitListener(RateLimitListener listener) {
    return rateLimitListeners.add(listener);
  }

  /** Requests sent, cache hits, rate-limiter waits and rows read so far (for progress reports). */
  public ProgressCounters.Snapshot progress() {
    return progress.snapshot();
  }

  /** Counts one row a scan built from this client's responses, for progress reports. */
  public void countRow() {
    progress.onRow();
  }

  /** Response-cache counters (all zero when the cache is off). */
  public VtCacheStats cacheStats() {
    return pipeline.cacheStats();
  }

  /**
   * Empties the in-memory cache (the persistent directory is left alone: other processes may use
   * it).
   */
  public void clearCache() {
    pipeline.clearMemoryCache();
  }

  /** The client-side limits in force for this client's key. */
  public RateLimits rateLimits() {
    return settings.rateLimits();
  }

  /** The key tier the builder was given ({@link VtTier#PREMIUM} unless configured). */
  public VtTier tier() {
    return settings.tier();
  }

  /**
   * The encoded path of one object, e.g. {@code objectPath("urls", "aHR0cDovL2V4YW1wbGUuY29tLw")}
   * or {@code objectPath("/intelligence/retrohunt_jobs", id)}: the collection may be a path of
   * several segments; any other character of the id is percent-encoded, so the path always names
   * exactly one object.
   *
   * @throws VtNotFoundException (no request sent) for {@code .} and {@code ..}, which no object has
   *     as id and which a URL would resolve as "this" and "the parent" path ({@code /files/..} is
   *     {@code /})
   */
  public static String objectPath(String collection, String id) {
    requireNonNull(collection, "collection");
    requireNonNull(id, "id");
    final String segments = collection.startsWith("/") ? collection.substring(1) : collection;
    if (id.isEmpty()) {
      throw new IllegalArgumentException("empty id");
    }
    if (id.equals(".") || id.equals("..")) {
      throw new VtNotFoundException(
          "InvalidId",
          0,
          "/" + segments + "/{id}",
          "'" + id + "' is not the id of any object; no request was sent");
    }
    HttpUrl url =
        new HttpUrl.Builder()
            .scheme("http")
            .host("origin")
            .addPathSegments(segments)
            .addPathSegment(id)
            .build();
    return url.encodedPath();
  }

  /**
   * Releases the client; a client shared through {@link VtClients} is released when its last user
   * closes it.
   */
  @Override
  public void close() {
    onClose.run();
  }

  void shutdown() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  ClientSettings settings() {
    return settings;
  }

  @Override
  public String toString() {
    return "VtClient{baseUrl="
        + baseUrl()
        + ", apiKey="
        + keyDescription
        + ", cache="
        + settings.cache()
        + ", limits="
        + settings.rateLimits()
        + "}";
  }

  private JsonNode get(String path, Map<String, String> params) {
    return pipeline.execute(VtRequest.get(path, params)).body();
  }

  private static String stripSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  /** Collects the client's settings; {@link #toString()} masks the API key. */
  public static final class Builder {
    private String baseUrl = DEFAULT_BASE_URL;
    private String apiKey;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ofSeconds(60);
    private boolean cache = true;
    private Duration cacheTtl = Duration.ofHours(1);
    private long cacheMaxEntries = 10_000;
    private long cacheMaxBytes = defaultCacheMaxBytes();
    private Path cacheDir;
    private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private Path rateShare;
    private VtTier tier = VtTier.PREMIUM;
    private Integer perWindow;
    private Duration window;
    private Long perDay;
    private Duration rateLimitWarnAfter = Duration.ofSeconds(2);
    private RetryPolicy retry = RetryPolicy.DEFAULT;
    private int requestLogSize = 1000;
    private String scope = "";
    private final List<RequestListener> requestListeners = new ArrayList<>();
    private final List<RateLimitListener> rateLimitListeners = new ArrayList<>();

    private Builder() {}

    /**
     * Base URL of the API, e.g. {@code http://127.0.0.1:8080/api/v3}; default {@link
     * #DEFAULT_BASE_URL}.
     */
    public Builder baseUrl(String baseUrl) {
      String url = stripSlash(requireNonNull(baseUrl, "baseUrl").strip());
      if (HttpUrl.parse(url) == null) {
        throw new IllegalArgumentException("not an http(s) URL: " + url);
      }
      this.baseUrl = url;
      return this;
    }

    /** The API key (required); it is sent only in the {@code x-apikey} header. */
    public Builder apiKey(String apiKey) {
      requireNonNull(apiKey, "apiKey");
      if (apiKey.isBlank()) {
        throw new IllegalArgumentException("the API key is blank");
      }
      this.apiKey = apiKey.strip();
      return this;
    }

    /** TCP connect timeout; default 10 s. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /** Maximum silence while reading a response; default 30 s. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive(timeout, "readTimeout");
      return this;
    }

    /** Maximum time of one HTTP attempt from start to the end of its body; default 60 s. */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = positive(timeout, "callTimeout");
      return this;
    }

    /**
     * Response cache on (default) or off ({@code cache=off}); off also disables {@link #cacheDir}.
     */
    public Builder cache(boolean enabled) {
      this.cache = enabled;
      return this;
    }

    /** How long a cached response is served, counted from its fetch time; default 1 hour. */
    public Builder cacheTtl(Duration ttl) {
      this.cacheTtl = positive(ttl, "cacheTtl");
      return this;
    }

    /** Maximum number of responses kept in memory; default 10,000. */
    public Builder cacheMaxEntries(long maxEntries) {
      if (maxEntries < 1) {
        throw new IllegalArgumentException("cacheMaxEntries must be >= 1");
      }
      this.cacheMaxEntries = maxEntries;
      return this;
    }

    /**
     * Estimated heap bytes the in-memory response cache may hold (see {@link JsonWeight}); default
     * {@link #defaultCacheMaxBytes()}.
     */
    public Builder cacheMaxBytes(long maxBytes) {
      if (maxBytes < 1) {
        throw new IllegalArgumentException("cacheMaxBytes must be >= 1");
      }
      this.cacheMaxBytes = maxBytes;
      return this;
    }

    /**
     * Most bytes one response body may have; a longer (or endless) body fails with a {@link
     * VtProtocolException} {@code BodyTooLarge} instead of exhausting the heap. Default {@link
     * #DEFAULT_MAX_BODY_BYTES}.
     */
    public Builder maxBodyBytes(long maxBytes) {
      if (maxBytes < 1) {
        throw new IllegalArgumentException("maxBodyBytes must be >= 1");
      }
      this.maxBodyBytes = maxBytes;
      return this;
    }

    /** A directory for the persistent cache (shared safely between processes); default none. */
    public Builder cacheDir(Path dir) {
      this.cacheDir = dir;
      return this;
    }

    /**
     * Rate-limit preset: {@link VtTier#PUBLIC} 4/min + 500/day, {@link VtTier#PREMIUM} (default)
     * unlimited.
     */
    public Builder tier(VtTier tier) {
      this.tier = requireNonNull(tier, "tier");
      return this;
    }

    /**
     * At most {@code requests} request starts in any rolling {@code window} (0 = unlimited);
     * overrides the tier.
     */
    public Builder rateLimit(int requests, Duration window) {
      if (requests < 0) {
        throw new IllegalArgumentException("requests < 0");
      }
      this.perWindow = requests;
      this.window = positive(window, "window");
      return this;
    }

    /**
     * A state file through which every process on this machine that names it shares the key's rate
     * budget (the window and daily limits); default none (the budget is shared within this process
     * only).
     */
    public Builder rateShare(Path file) {
      this.rateShare = file;
      return this;
    }

    /** At most this many requests per UTC day (0 = unlimited); overrides the tier. */
    public Builder dailyLimit(long requests) {
      if (requests < 0) {
        throw new IllegalArgumentException("requests < 0");
      }
      this.perDay = requests;
      return this;
    }

    /** Rate-limiter waits at least this long are reported to rate-limit listeners; default 2 s. */
    public Builder rateLimitWarnAfter(Duration threshold) {
      this.rateLimitWarnAfter = requireNonNull(threshold, "rateLimitWarnAfter");
      return this;
    }

    /** Attempts per request, the first included (default 4; 1 = no retries). */
    public Builder maxAttempts(int attempts) {
      this.retry = new RetryPolicy(attempts, retry.maxTotal(), retry.baseDelay(), retry.maxDelay());
      return this;
    }

    /** Total time budget of one request's attempts and backoffs; default 60 s. */
    public Builder maxRetryTime(Duration total) {
      this.retry = new RetryPolicy(retry.maxAttempts(), total, retry.baseDelay(), retry.maxDelay());
      return this;
    }

    /** First backoff ceiling (doubled per attempt, full jitter); default 1 s. */
    public Builder retryBaseDelay(Duration delay) {
      this.retry = new RetryPolicy(retry.maxAttempts(), retry.maxTotal(), delay, retry.maxDelay());
      return this;
    }

    /** Largest backoff ceiling; default 30 s. */
    public Builder retryMaxDelay(Duration delay) {
      this.retry = new RetryPolicy(retry.maxAttempts(), retry.maxTotal(), retry.baseDelay(), delay);
      return this;
    }

    /** How many recent requests {@link VtClient#recentRequests()} keeps; default 1000. */
    public Builder requestLogSize(int size) {
      if (size < 0) {
        throw new IllegalArgumentException("requestLogSize < 0");
      }
      this.requestLogSize = size;
      return this;
    }

    /** Adds a listener told of every request (not allowed with {@link VtClients#acquire}). */
    public Builder requestListener(RequestListener listener) {
      requestListeners.add(requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Adds a listener told of long rate-limiter waits (not allowed with {@link VtClients#acquire}).
     */
    public Builder rateLimitListener(RateLimitListener listener) {
      rateLimitListeners.add(requireNonNull(listener, "listener"));
      return this;
    }

    /** Builds a client of its own (not shared; see {@link VtClients} for shared clients). */
    public VtClient build() {
      VtClient client = new VtClient(settings(), apiKey, null);
      requestListeners.forEach(client::addRequestListener);
      rateLimitListeners.forEach(client::addRateLimitListener);
      return client;
    }

    ClientSettings settings() {
      if (apiKey == null) {
        throw new IllegalStateException("an API key is required");
      }
      RateLimits preset = tier.defaults();
      RateLimits limits =
          new RateLimits(
              perWindow == null ? preset.perWindow() : perWindow,
              window == null ? preset.window() : window,
              perDay == null ? preset.perDay() : perDay);
      return new ClientSettings(
          KeyIdentity.of(apiKey),
          baseUrl,
          connectTimeout,
          readTimeout,
          callTimeout,
          cache,
          cacheTtl,
          cacheMaxEntries,
          cacheMaxBytes,
          cacheDir == null ? null : cacheDir.toAbsolutePath().normalize(),
          limits,
          rateLimitWarnAfter,
          retry,
          requestLogSize,
          tier,
          maxBodyBytes,
          rateShare == null ? null : rateShare.toAbsolutePath().normalize());
    }

    /**
     * Keeps the shared client of this scope apart from those of other scopes with the same key and
     * settings: its caches and request log ({@code vt_meta.requests}) are the scope's own; the rate
     * budget stays the key's. {@code vtsql serve} gives each authenticated user a scope.
     */
    public Builder scope(String name) {
      this.scope = requireNonNull(name, "scope");
      return this;
    }

    String scope() {
      return scope;
    }

    String apiKey() {
      return apiKey;
    }

    boolean hasListeners() {
      return !requestListeners.isEmpty() || !rateLimitListeners.isEmpty();
    }

    private static Duration positive(Duration d, String name) {
      requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
      return d;
    }

    @Override
    public String toString() {
      return "VtClient.Builder{baseUrl="
          + baseUrl
          + ", apiKey="
          + KeyIdentity.describe(apiKey)
          + ", tier="
          + tier
          + ", cache="
          + cache
          + "}";
    }
  }
}
