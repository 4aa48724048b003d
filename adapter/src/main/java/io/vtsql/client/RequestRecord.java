package io.vtsql.client;

import java.time.Instant;

/**
 * One logical request the client served, as {@code vt_meta.requests} shows it.
 *
 * @param time when the request started
 * @param method HTTP method (always GET today)
 * @param path path relative to the base URL with canonical query; never contains the API key
 * @param status HTTP status of the (final) response; 0 when none was received
 * @param cached true when a cache (memory or disk) answered and no HTTP request was made
 * @param millis wall time including rate-limiter waits and retries
 * @param errorCode VirusTotal or local error code when the request failed, otherwise null
 */
public record RequestRecord(
    Instant time,
    String method,
    String path,
    int status,
    boolean cached,
    long millis,
    String errorCode) {}
