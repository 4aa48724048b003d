package io.vtsql.adapter;

import io.vtsql.client.VtClient;
import io.vtsql.client.VtClients;
import io.vtsql.client.VtTier;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads connection settings from model operands (the {@code jdbc:vt:} driver passes its
 * properties the same way) and builds the schema's {@link VtBackend}:
 * <ul>
 *   <li>{@code apiKey} (required), {@code baseUrl} (default {@link VtClient#DEFAULT_BASE_URL});</li>
 *   <li>{@code pushdown}: {@code true} (default) or {@code false} to filter, sort and limit
 *       everything locally over {@code entity:X} (this also lifts the unbounded-search guard);</li>
 *   <li>{@code maxRequests}: most requests one statement may send, default 1000;</li>
 *   <li>{@code fanOut}: most point-lookup GETs in flight at once, default 4, at most 32;</li>
 *   <li>client pipeline settings, passed through to {@link VtClient.Builder}: {@code cache}
 *       (true/false), {@code cacheTtl}, {@code cacheMaxEntries}, {@code cacheDir}, {@code tier}
 *       (public/premium), {@code maxAttempts}, {@code maxRetryTime}, {@code connectTimeout},
 *       {@code readTimeout}, {@code callTimeout}; durations are seconds or ISO-8601
 *       ({@code PT30S}).</li>
 * </ul>
 * Clients come from {@link VtClients}, shared per key, base URL and settings.
 */
final class VtSettings {
  /** Default per-statement request budget. */
  static final int DEFAULT_MAX_REQUESTS = 1000;

  private final Map<String, Object> operand;

  private VtSettings(Map<String, Object> operand) {
    this.operand = Map.copyOf(operand);
  }

  /** Reads operands; throws IllegalArgumentException naming a bad operand (never the key). */
  static VtBackend backend(Map<String, Object> operand) {
    return new VtSettings(operand).build();
  }

  private VtBackend build() {
    final Object key = operand.get("apiKey");
    if (key == null || key.toString().isBlank()) {
      throw new IllegalArgumentException("vt schema: the apiKey operand is required");
    }
    final VtClient.Builder b = VtClient.builder().apiKey(key.toString())
        .baseUrl(operand.getOrDefault("baseUrl", VtClient.DEFAULT_BASE_URL).toString());
    set("cache", s -> b.cache(bool("cache", s)));
    set("cacheTtl", s -> b.cacheTtl(duration("cacheTtl", s)));
    set("cacheMaxEntries", s -> b.cacheMaxEntries(positiveInt("cacheMaxEntries", s)));
    set("cacheDir", s -> b.cacheDir(Path.of(s)));
    set("tier", s -> b.tier(tier(s)));
    set("maxAttempts", s -> b.maxAttempts(positiveInt("maxAttempts", s)));
    set("maxRetryTime", s -> b.maxRetryTime(duration("maxRetryTime", s)));
    set("connectTimeout", s -> b.connectTimeout(duration("connectTimeout", s)));
    set("readTimeout", s -> b.readTimeout(duration("readTimeout", s)));
    set("callTimeout", s -> b.callTimeout(duration("callTimeout", s)));
    final Object pushdown = operand.get("pushdown");
    final Object max = operand.get("maxRequests");
    final Object fanOut = operand.get("fanOut");
    return new VtBackend(VtClients.acquire(b),
        pushdown == null || bool("pushdown", pushdown.toString()),
        max == null ? DEFAULT_MAX_REQUESTS : positiveInt("maxRequests", max.toString()),
        fanOut == null ? VtBackend.DEFAULT_FAN_OUT : positiveInt("fanOut", fanOut.toString()));
  }

  private void set(String name, Consumer<String> setter) {
    final Object v = operand.get(name);
    if (v != null) {
      setter.accept(v.toString().strip());
    }
  }

  private static boolean bool(String name, String v) {
    switch (v.strip().toLowerCase(Locale.ROOT)) {
    case "true":
    case "on":
      return true;
    case "false":
    case "off":
      return false;
    default:
      throw new IllegalArgumentException("vt schema: " + name + " must be true or false: " + v);
    }
  }

  private static int positiveInt(String name, String v) {
    try {
      final int n = Integer.parseInt(v.strip());
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below with the operand name
    }
    throw new IllegalArgumentException("vt schema: " + name + " must be a positive integer: " + v);
  }

  private static Duration duration(String name, String v) {
    try {
      return v.matches("[0-9]+") ? Duration.ofSeconds(Long.parseLong(v)) : Duration.parse(v);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("vt schema: " + name
          + " must be seconds or an ISO-8601 duration: " + v, e);
    }
  }

  private static VtTier tier(String v) {
    try {
      return VtTier.valueOf(v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("vt schema: tier must be public or premium: " + v, e);
    }
  }
}
