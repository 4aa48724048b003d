package io.vtsql.client;

/**
 * Response-cache counters of one client, as {@code vt_meta.cache} shows them.
 *
 * @param hits requests answered from memory
 * @param diskHits requests answered from the persistent cache directory
 * @param misses requests that went to the network
 * @param entries entries currently in memory
 * @param evictions entries evicted from memory for size or age
 */
public record VtCacheStats(long hits, long diskHits, long misses, long entries, long evictions) {}
