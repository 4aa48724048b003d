package io.vtsql.client;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;

/**
 * One {@link RollingWindowRateLimiter} per (API key identity, endpoint host, limits) in the
 * process, so that every client of a key, whatever its cache settings or however its base URL is
 * spelled, draws from the same budget: the quota belongs to the key at that server.
 */
final class RateLimiterRegistry {
  private static final Map<String, RollingWindowRateLimiter> LIMITERS = new ConcurrentHashMap<>();

  private RateLimiterRegistry() {}

  static RollingWindowRateLimiter forKey(String keyId, String baseUrl, RateLimits limits) {
    String id = budgetId(keyId, baseUrl) + " " + limits;
    return LIMITERS.computeIfAbsent(
        id, k -> new RollingWindowRateLimiter(limits, Clock.systemUTC()));
  }

  /**
   * What a rate budget belongs to: the key identity and the server (host and port) its base URL
   * names.
   */
  static String budgetId(String keyId, String baseUrl) {
    return keyId + " " + endpoint(baseUrl);
  }

  /**
   * The server of a base URL, spelled one way: host in lower case, any loopback name or address as
   * {@code loopback}, the port explicit; the path (and a trailing slash) left out.
   */
  static String endpoint(String baseUrl) {
    HttpUrl url = HttpUrl.get(baseUrl);
    String host = url.host().toLowerCase(Locale.ROOT);
    return (loopback(host) ? "loopback" : host) + ":" + url.port();
  }

  private static boolean loopback(String host) {
    if (host.equals("localhost") || host.endsWith(".localhost")) {
      return true;
    }
    if (!host.contains(":") && !host.matches("[0-9.]+")) {
      return false;
    }
    try {
      // an address literal: parsed, never looked up
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
