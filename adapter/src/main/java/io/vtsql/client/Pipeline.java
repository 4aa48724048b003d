package io.vtsql.client;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Assembles a client's request pipeline, outermost first: accounting → memory cache → disk cache →
 * retry → rate limiter → OkHttp, and keeps the parts the client reports on (request log, cache
 * counters).
 *
 * <p>The caches sit above the limiter so that hits cost no permit; the limiter sits beneath retry
 * so that every HTTP attempt takes a permit.
 */
final class Pipeline {
  private final Layer head;
  private final RequestLog requestLog;
  private final MemoryCacheLayer memoryCache;
  private final DiskCacheLayer diskCache;

  Pipeline(
      ClientSettings s,
      String apiKey,
      OkHttpClient http,
      RollingWindowRateLimiter limiter,
      Listeners<RateLimitListener> rateLimitListeners) {
    requireNonNull(s, "settings");
    Layer layer =
        new OkHttpLayer(
            http, HttpUrl.get(s.baseUrl()), apiKey, new KeyMask(apiKey), s.maxBodyBytes());
    RateShareFile shared =
        s.rateShare() == null
            ? null
            : new RateShareFile(
                s.rateShare(),
                RateLimiterRegistry.budgetId(s.keyId(), s.baseUrl()),
                s.rateLimits(),
                Clock.systemUTC());
    layer = new RateLimitLayer(layer, limiter, shared, s.rateLimitWarnAfter(), rateLimitListeners);
    layer = new RetryLayer(layer, s.retry());
    if (s.cache() && s.cacheDir() != null) {
      diskCache = new DiskCacheLayer(layer, s.keyId(), s.cacheDir(), s.cacheTtl());
      layer = diskCache;
    } else {
      diskCache = null;
    }
    if (s.cache()) {
      memoryCache =
          new MemoryCacheLayer(
              layer, s.keyId(), s.cacheTtl(), s.cacheMaxEntries(), s.cacheMaxBytes());
      layer = memoryCache;
    } else {
      memoryCache = null;
    }
    requestLog = new RequestLog(s.requestLogSize());
    head = new AccountingLayer(layer, requestLog);
  }

  VtResponse execute(VtRequest request) {
    return head.execute(request);
  }

  RequestLog requestLog() {
    return requestLog;
  }

  VtCacheStats cacheStats() {
    if (memoryCache == null) {
      return new VtCacheStats(0, 0, 0, 0, 0);
    }
    var stats = memoryCache.stats();
    long diskHits = diskCache == null ? 0 : diskCache.hits();
    return new VtCacheStats(
        stats.hitCount(),
        diskHits,
        stats.missCount() - diskHits,
        memoryCache.size(),
        stats.evictionCount());
  }

  void clearMemoryCache() {
    if (memoryCache != null) {
      memoryCache.clear();
    }
  }
}
