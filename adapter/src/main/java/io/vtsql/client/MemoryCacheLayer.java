package io.vtsql.client;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * In-memory response cache (Caffeine) of successful GETs.
 *
 * <p>Keys are {@code <sha256 of the API key> GET <path>?<sorted params incl. cursor>}, so two keys
 * never share an entry even if their clients shared this cache. An entry lives until its original
 * fetch time plus the TTL, so a response promoted from the disk cache does not get a fresh lease of
 * life.
 *
 * <p>A write is never cached: it passes through, and afterwards (whatever its outcome) every entry
 * under the paths it changes is dropped, so the next read fetches what the write made.
 *
 * <p>The cache is bounded by the estimated heap bytes of its parsed bodies ({@link JsonWeight}) as
 * well as by entry count: one search page of full file objects is tens of megabytes as a tree, so a
 * count alone let a scan fill the heap.
 */
final class MemoryCacheLayer implements Layer {
  private final Layer next;
  private final String keyId;
  private final Cache<String, VtResponse> cache;

  MemoryCacheLayer(Layer next, String keyId, Duration ttl, long maxEntries, long maxBytes) {
    this.next = requireNonNull(next, "next");
    this.keyId = requireNonNull(keyId, "keyId");
    requireNonNull(ttl, "ttl");
    this.cache =
        Caffeine.newBuilder()
            // the weight also enforces maxEntries (see JsonWeight.weight); Caffeine takes only one
            // of the two bounds
            .maximumWeight(maxBytes)
            .weigher(
                (String key, VtResponse value) ->
                    JsonWeight.weight(JsonWeight.bytes(value.body()), maxBytes, maxEntries))
            // evict in the writing thread, so the bound holds when put returns rather than whenever
            // a pool runs
            .executor(Runnable::run)
            .expireAfter(new UntilFetchedPlusTtl(ttl))
            .recordStats()
            .build();
  }

  /** The cache key of a request for one API key identity; it never contains the key itself. */
  static String cacheKey(String keyId, VtRequest request) {
    return keyId + " " + request.method() + " " + request.pathAndQuery();
  }

  @Override
  public VtResponse execute(VtRequest request) {
    if (!request.read()) {
      try {
        return next.execute(request);
      } finally {
        invalidate(Invalidation.prefixes(request));
      }
    }
    if (request.live()) {
      return next.execute(request);
    }
    String key = cacheKey(keyId, request);
    VtResponse hit = request.wantsFresh() ? null : cache.getIfPresent(key);
    if (hit != null) {
      return hit.servedFrom(VtResponse.Source.MEMORY_CACHE);
    }
    VtResponse response = next.execute(request);
    if (response.status() == 200) {
      // store a private copy: the caller gets the original tree and may hold on to it
      cache.put(key, response.servedFrom(response.source()));
    }
    return response;
  }

  CacheStats stats() {
    return cache.stats();
  }

  long size() {
    return cache.estimatedSize();
  }

  void clear() {
    cache.invalidateAll();
  }

  /** Drops every GET of this key whose path is one of {@code prefixes} or lies beneath one. */
  private void invalidate(List<String> prefixes) {
    String start = keyId + " GET ";
    cache
        .asMap()
        .keySet()
        .removeIf(
            k -> k.startsWith(start) && Invalidation.covers(prefixes, k.substring(start.length())));
  }

  /** Expiry at fetch time + TTL, whatever the insertion time. */
  private static final class UntilFetchedPlusTtl implements Expiry<String, VtResponse> {
    private final Duration ttl;

    UntilFetchedPlusTtl(Duration ttl) {
      this.ttl = ttl;
    }

    @Override
    public long expireAfterCreate(String key, VtResponse value, long currentTime) {
      Duration left = Duration.between(Instant.now(), value.fetchedAt().plus(ttl));
      return left.isNegative() ? 0 : left.toNanos();
    }

    @Override
    public long expireAfterUpdate(
        String key, VtResponse value, long currentTime, long currentDuration) {
      return expireAfterCreate(key, value, currentTime);
    }

    @Override
    public long expireAfterRead(
        String key, VtResponse value, long currentTime, long currentDuration) {
      return currentDuration;
    }
  }
}
