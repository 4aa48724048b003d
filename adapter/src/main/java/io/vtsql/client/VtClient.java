package io.vtsql.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Thread-safe client of the VirusTotal API v3: typed reads of objects, pages, lazy cursors, 1:1 relationships and
 * bare values, each a GET through the request pipeline. The API key travels only in the {@code x-apikey} header.
 */
public final class VtClient implements AutoCloseable {
  /** The public VirusTotal API v3 base URL. */
  public static final String DEFAULT_BASE_URL = "https://www.virustotal.com/api/v3";

  private final HttpUrl baseUrl;
  private final String keyDescription;
  private final OkHttpClient http;
  private final Layer pipeline;

  private VtClient(Builder b) {
    this.baseUrl = b.parsedBaseUrl();
    this.keyDescription = KeyIdentity.describe(b.apiKey);
    this.http = new OkHttpClient.Builder()
        .connectTimeout(b.connectTimeout)
        .readTimeout(b.readTimeout)
        .callTimeout(b.callTimeout)
        // the pipeline's own retry decides; OkHttp must not silently repeat requests behind the limiter's back
        .retryOnConnectionFailure(false)
        // x-apikey is a custom header that OkHttp would forward to whatever host a redirect names
        .followRedirects(false)
        .followSslRedirects(false)
        .build();
    this.pipeline = new OkHttpLayer(http, baseUrl, b.apiKey, new KeyMask(b.apiKey));
  }

  /** A builder with the public VirusTotal base URL and default timeouts; the API key is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** {@code GET /{collection}/{id}}; a NotFoundError is thrown as {@link VtNotFoundException}. */
  public VtObject getObject(String collection, String id) {
    String path = objectPath(collection, id);
    return EnvelopeParser.parseObject(get(path, Map.of()), path);
  }

  /** {@code GET /{collection}/{id}}; NotFoundError → empty. */
  public Optional<VtObject> findObject(String collection, String id) {
    try {
      return Optional.of(getObject(collection, id));
    } catch (VtNotFoundException e) {
      return Optional.empty();
    }
  }

  /** One GET of a collection page, e.g. {@code getPage("/intelligence/search", Map.of("query", "entity:file"))}. */
  public VtPage getPage(String path, Map<String, String> params) {
    return EnvelopeParser.parsePage(get(path, params), path);
  }

  /** A lazy iterator over every item of a collection; the first request happens on the first hasNext(). */
  public PageIterator iterate(String path, Map<String, String> params) {
    return new PageIterator(this::getPage, path, params);
  }

  /** A 1:1 relationship such as {@code /urls/{id}/network_location}: the object, or empty for {@code null}. */
  public Optional<VtObject> getSingle(String path) {
    return EnvelopeParser.parseSingle(get(path, Map.of()), path);
  }

  /** The bare {@code data} of a response, e.g. {@code /metadata} or {@code /popular_threat_categories}. */
  public JsonNode getData(String path, Map<String, String> params) {
    return EnvelopeParser.parseData(get(path, params), path);
  }

  /** The base URL requests go to (no trailing slash). */
  public String baseUrl() {
    return stripSlash(baseUrl.toString());
  }

  /** The encoded path of one object, e.g. {@code objectPath("urls", "aHR0cDovL2V4YW1wbGUuY29tLw")}. */
  public static String objectPath(String collection, String id) {
    requireNonNull(collection, "collection");
    requireNonNull(id, "id");
    if (id.isEmpty()) {
      throw new IllegalArgumentException("empty id");
    }
    HttpUrl url = new HttpUrl.Builder().scheme("http").host("origin")
        .addPathSegment(collection).addPathSegment(id).build();
    return url.encodedPath();
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  @Override
  public String toString() {
    return "VtClient{baseUrl=" + baseUrl() + ", apiKey=" + keyDescription + "}";
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

    private Builder() {
    }

    /** Base URL of the API, e.g. {@code http://127.0.0.1:8080/api/v3}; default {@link #DEFAULT_BASE_URL}. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = stripSlash(requireNonNull(baseUrl, "baseUrl").strip());
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

    /** Builds the client. */
    public VtClient build() {
      if (apiKey == null) {
        throw new IllegalStateException("an API key is required");
      }
      return new VtClient(this);
    }

    private HttpUrl parsedBaseUrl() {
      HttpUrl url = HttpUrl.parse(baseUrl);
      if (url == null) {
        throw new IllegalArgumentException("not an http(s) URL: " + baseUrl);
      }
      return url;
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
      return "VtClient.Builder{baseUrl=" + baseUrl + ", apiKey=" + KeyIdentity.describe(apiKey) + "}";
    }
  }
}
