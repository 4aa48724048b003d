package io.vtsql.adapter.pushdown;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.VtSchemaFactory;
import io.vtsql.client.VtClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Checks a schema's operands (the {@code jdbc:vt:} connection properties) against the known names
 * and turns the client settings among them into a {@link VtClient.Builder}. A misspelled property
 * fails with the closest known name, never silently falls back to a default.
 */
public final class ClientOperands {
  /** Every property the schema understands, in the order the docs list them. */
  static final List<String> NAMES =
      List.of(
          "apiKey",
          "baseUrl",
          "pushdown",
          "maxRequests",
          "fanOut",
          "cache",
          "cacheTtl",
          "cacheMaxEntries",
          "cacheMaxBytes",
          "cacheDir",
          "tier",
          "licences",
          "vtUser",
          "rateLimit",
          "dailyLimit",
          "rateLimitWarnAfter",
          "maxAttempts",
          "maxRetryTime",
          "retryBaseDelay",
          "retryMaxDelay",
          "connectTimeout",
          "readTimeout",
          "callTimeout",
          "requestLogSize",
          "maxBodyBytes",
          "rateShare");

  /**
   * Operands that carry nothing for VirusTotal: standard JDBC properties a tool may send along, and
   * those Calcite's model handler adds to every custom schema.
   */
  private static final List<String> IGNORED =
      List.of("user", "password", "modeluri", "basedirectory", "tables");

  /** The client's scope (see {@link VtSchemaFactory#SCOPE_OPERAND}); not a user property. */
  static final String SCOPE = VtSchemaFactory.SCOPE_OPERAND;

  /** Where vt_scan_file may read (see {@link VtSchemaFactory#SCAN_FILES_OPERAND}); server-set. */
  public static final String SCAN_FILES = VtSchemaFactory.SCAN_FILES_OPERAND;

  private final Map<String, Object> operand;

  /** Reads operands; names match case-insensitively ({@code cachettl} is {@code cacheTtl}). */
  public ClientOperands(Map<String, Object> operand) {
    final Map<String, Object> canonical = new HashMap<>();
    for (Map.Entry<String, Object> e : requireNonNull(operand, "operand").entrySet()) {
      final String name = e.getKey();
      if (IGNORED.contains(name.toLowerCase(Locale.ROOT)) || e.getValue() == null) {
        continue;
      }
      if (name.equalsIgnoreCase(SCOPE) || name.equalsIgnoreCase(SCAN_FILES)) {
        canonical.put(name.equalsIgnoreCase(SCOPE) ? SCOPE : SCAN_FILES, e.getValue());
        continue;
      }
      final String known =
          NAMES.stream()
              .filter(name::equalsIgnoreCase)
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "unknown vt connection property '"
                              + name
                              + "'; did you mean '"
                              + closest(name)
                              + "'? Known properties: "
                              + String.join(", ", NAMES)));
      canonical.put(known, e.getValue());
    }
    this.operand = Map.copyOf(canonical);
  }

  /** The stripped text of a property, or null when absent. */
  public String text(String name) {
    final Object v = operand.get(name);
    return v == null ? null : v.toString().strip();
  }

  /** Whether the response and object caches are on (default true). */
  public boolean cache() {
    final String v = text("cache");
    return v == null || OperandValues.bool("cache", v);
  }

  /** The cache TTL the client uses, so that the object cache can use the same. */
  public Duration cacheTtl() {
    final String v = text("cacheTtl");
    return v == null ? Duration.ofHours(1) : OperandValues.duration("cacheTtl", v);
  }

  /** Maximum cached entries (responses, and objects in the object cache). */
  public long cacheMaxEntries() {
    final String v = text("cacheMaxEntries");
    return v == null ? 10_000 : OperandValues.positiveInt("cacheMaxEntries", v);
  }

  /** Estimated heap bytes each in-memory cache (responses, objects) may hold. */
  public long cacheMaxBytes() {
    final String v = text("cacheMaxBytes");
    return v == null ? VtClient.defaultCacheMaxBytes() : OperandValues.bytes("cacheMaxBytes", v);
  }

  /**
   * Whether {@code tier=auto}: the key's privileges are read from its user ({@code vtUser}) on
   * first need, and the client keeps the premium rate-limit preset unless rateLimit/dailyLimit say
   * more.
   */
  public boolean autoTier() {
    final String v = text("tier");
    return v != null && v.equalsIgnoreCase("auto");
  }

  /** A client builder with every client setting applied (apiKey is required). */
  public VtClient.Builder builder() {
    final String key = text("apiKey");
    if (key == null || key.isEmpty()) {
      throw new IllegalArgumentException("vt connection property apiKey is required");
    }
    final VtClient.Builder b = VtClient.builder().apiKey(key);
    set(SCOPE, b::scope);
    set("baseUrl", b::baseUrl);
    b.cache(cache())
        .cacheTtl(cacheTtl())
        .cacheMaxEntries(cacheMaxEntries())
        .cacheMaxBytes(cacheMaxBytes());
    set("cacheDir", s -> b.cacheDir(Path.of(s)));
    if (!autoTier()) {
      set("tier", s -> b.tier(OperandValues.tier("tier", s)));
    }
    set(
        "rateLimit",
        s -> {
          final OperandValues.Rate r = OperandValues.rate("rateLimit", s);
          b.rateLimit(r.requests(), r.window());
        });
    set(
        "dailyLimit",
        s ->
            b.dailyLimit(
                OperandValues.nonNegativeLong(
                    "dailyLimit", s, "a number of requests per UTC day, 0 for unlimited")));
    set("rateLimitWarnAfter", s -> b.rateLimitWarnAfter(duration("rateLimitWarnAfter", s)));
    set("maxAttempts", s -> b.maxAttempts(OperandValues.positiveInt("maxAttempts", s)));
    set("maxRetryTime", s -> b.maxRetryTime(duration("maxRetryTime", s)));
    set("retryBaseDelay", s -> b.retryBaseDelay(duration("retryBaseDelay", s)));
    set("retryMaxDelay", s -> b.retryMaxDelay(duration("retryMaxDelay", s)));
    set("connectTimeout", s -> b.connectTimeout(duration("connectTimeout", s)));
    set("readTimeout", s -> b.readTimeout(duration("readTimeout", s)));
    set("callTimeout", s -> b.callTimeout(duration("callTimeout", s)));
    set("requestLogSize", s -> b.requestLogSize(OperandValues.positiveInt("requestLogSize", s)));
    set("maxBodyBytes", s -> b.maxBodyBytes(OperandValues.bytes("maxBodyBytes", s)));
    set("rateShare", s -> b.rateShare(Path.of(s)));
    return b;
  }

  private static Duration duration(String name, String v) {
    return OperandValues.duration(name, v);
  }

  private void set(String name, Consumer<String> setter) {
    final String v = text(name);
    if (v != null) {
      try {
        setter.accept(v);
      } catch (IllegalArgumentException e) {
        if (e.getMessage() != null && e.getMessage().startsWith("vt connection property")) {
          throw e;
        }
        throw new IllegalArgumentException(
            "vt connection property " + name + "='" + v + "' is invalid: " + e.getMessage(), e);
      }
    }
  }

  /** The known name nearest to a misspelled one (case-insensitive edit distance). */
  public static String closest(String name) {
    final String n = name.toLowerCase(Locale.ROOT);
    return NAMES.stream()
        .min(Comparator.comparingInt(k -> distance(n, k.toLowerCase(Locale.ROOT))))
        .orElseThrow();
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      final int[] cur = new int[b.length() + 1];
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        final int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      prev = cur;
    }
    return prev[b.length()];
  }
}
