package io.vtsql.adapter;

import io.vtsql.client.VtClient;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Connection settings read from model operands (the {@code jdbc:vt:} driver passes its
 * properties the same way):
 * <ul>
 *   <li>{@code apiKey} (required): the VirusTotal API key;</li>
 *   <li>{@code baseUrl}: API base URL, default {@link VtClient#DEFAULT_BASE_URL};</li>
 *   <li>{@code pushdown}: {@code true} (default) or {@code false} to filter, sort and limit
 *       everything locally over {@code entity:X} (also lifts the unbounded-search guard);</li>
 *   <li>{@code maxRequests}: most requests one statement may send, default 1000;</li>
 *   <li>{@code connectTimeout}, {@code readTimeout}, {@code callTimeout}: client timeouts, as
 *       seconds or ISO-8601 durations ({@code PT30S}).</li>
 * </ul>
 * Other operands (e.g. settings of later client features) are ignored. One client is shared
 * per key, base URL and timeouts.
 *
 * @param apiKey API key (never printed)
 * @param baseUrl API base URL
 * @param pushdown whether pushdown rules are registered
 * @param maxRequests per-statement request budget
 * @param connectTimeout client connect timeout, null for the client default
 * @param readTimeout client read timeout, null for the client default
 * @param callTimeout client call timeout, null for the client default
 */
public record VtSettings(String apiKey, String baseUrl, boolean pushdown, int maxRequests,
    Duration connectTimeout, Duration readTimeout, Duration callTimeout) {

  /** Default per-statement request budget. */
  public static final int DEFAULT_MAX_REQUESTS = 1000;

  private static final Map<VtSettings, VtClient> CLIENTS = new ConcurrentHashMap<>();

  public VtSettings {
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(baseUrl, "baseUrl");
  }

  /** Reads operands; throws IllegalArgumentException naming the bad operand. */
  public static VtSettings fromOperands(Map<String, Object> operand) {
    final Object key = operand.get("apiKey");
    if (key == null || key.toString().isBlank()) {
      throw new IllegalArgumentException("vt schema: the apiKey operand is required");
    }
    final Object base = operand.getOrDefault("baseUrl", VtClient.DEFAULT_BASE_URL);
    return new VtSettings(key.toString().strip(), base.toString().strip(),
        bool(operand, "pushdown", true),
        positiveInt(operand, "maxRequests", DEFAULT_MAX_REQUESTS),
        duration(operand, "connectTimeout"), duration(operand, "readTimeout"),
        duration(operand, "callTimeout"));
  }

  /** The backend of these settings, reusing the client of equal settings. */
  public VtBackend backend() {
    final VtSettings clientKey = new VtSettings(apiKey, baseUrl, true, 1, connectTimeout,
        readTimeout, callTimeout);
    return new VtBackend(CLIENTS.computeIfAbsent(clientKey, VtSettings::newClient), pushdown,
        maxRequests);
  }

  private static VtClient newClient(VtSettings s) {
    final VtClient.Builder b = VtClient.builder().apiKey(s.apiKey).baseUrl(s.baseUrl);
    if (s.connectTimeout != null) {
      b.connectTimeout(s.connectTimeout);
    }
    if (s.readTimeout != null) {
      b.readTimeout(s.readTimeout);
    }
    if (s.callTimeout != null) {
      b.callTimeout(s.callTimeout);
    }
    return b.build();
  }

  @Override public String toString() {
    return "VtSettings{baseUrl=" + baseUrl + ", pushdown=" + pushdown + ", maxRequests="
        + maxRequests + ", apiKey=<hidden>}";
  }

  private static boolean bool(Map<String, Object> operand, String name, boolean dflt) {
    final Object v = operand.get(name);
    if (v == null) {
      return dflt;
    }
    switch (v.toString().strip().toLowerCase(Locale.ROOT)) {
    case "true":
      return true;
    case "false":
      return false;
    default:
      throw new IllegalArgumentException("vt schema: " + name + " must be true or false: " + v);
    }
  }

  private static int positiveInt(Map<String, Object> operand, String name, int dflt) {
    final Object v = operand.get(name);
    if (v == null) {
      return dflt;
    }
    try {
      final int n = Integer.parseInt(v.toString().strip());
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below with the operand name
    }
    throw new IllegalArgumentException("vt schema: " + name + " must be a positive integer: " + v);
  }

  private static Duration duration(Map<String, Object> operand, String name) {
    final Object v = operand.get(name);
    if (v == null) {
      return null;
    }
    final String s = v.toString().strip();
    try {
      return s.matches("[0-9]+") ? Duration.ofSeconds(Long.parseLong(s)) : Duration.parse(s);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("vt schema: " + name
          + " must be seconds or an ISO-8601 duration: " + v, e);
    }
  }
}
