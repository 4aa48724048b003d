package io.vtsql.client;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link RollingWindowRateLimiter} per (API key identity, base URL, limits) in the process, so that every
 * client of a key, whatever its cache settings, draws from the same budget: the quota belongs to the key.
 */
final class RateLimiterRegistry {
  private static final Map<String, RollingWindowRateLimiter> LIMITERS = new ConcurrentHashMap<>();

  private RateLimiterRegistry() {
  }

  static RollingWindowRateLimiter forKey(String keyId, String baseUrl, RateLimits limits) {
    String id = keyId + " " + baseUrl + " " + limits;
    return LIMITERS.computeIfAbsent(id, k -> new RollingWindowRateLimiter(limits, Clock.systemUTC()));
  }
}
