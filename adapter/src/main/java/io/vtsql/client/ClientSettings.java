package io.vtsql.client;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything that configures a {@link VtClient} except the key itself: equal settings (same key
 * identity, base URL and options) mean {@link VtClients} may hand out the same client. Safe to
 * print.
 *
 * @param keyId SHA-256 of the API key
 * @param cacheMaxBytes estimated heap bytes the in-memory response cache may hold
 * @param cacheDir persistent cache directory, or null for none
 * @param tier the key tier configured (what the key may read; limits are in {@code rateLimits})
 * @param maxBodyBytes most bytes of one response body
 * @param rateShare the state file of a rate budget shared between processes, or null
 */
record ClientSettings(
    String keyId,
    String baseUrl,
    Duration connectTimeout,
    Duration readTimeout,
    Duration callTimeout,
    boolean cache,
    Duration cacheTtl,
    long cacheMaxEntries,
    long cacheMaxBytes,
    Path cacheDir,
    RateLimits rateLimits,
    Duration rateLimitWarnAfter,
    RetryPolicy retry,
    int requestLogSize,
    VtTier tier,
    long maxBodyBytes,
    Path rateShare) {

  ClientSettings {
    requireNonNull(keyId, "keyId");
    requireNonNull(baseUrl, "baseUrl");
    requireNonNull(connectTimeout, "connectTimeout");
    requireNonNull(readTimeout, "readTimeout");
    requireNonNull(callTimeout, "callTimeout");
    requireNonNull(cacheTtl, "cacheTtl");
    requireNonNull(rateLimits, "rateLimits");
    requireNonNull(rateLimitWarnAfter, "rateLimitWarnAfter");
    requireNonNull(retry, "retry");
    requireNonNull(tier, "tier");
  }
}
