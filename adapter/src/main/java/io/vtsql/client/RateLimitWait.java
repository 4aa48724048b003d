package io.vtsql.client;

import java.time.Duration;

/**
 * A rate-limiter wait long enough to report: the adapter turns it into a SQLWarning or a log line.
 *
 * @param path the request that waits (relative path with query, without the key)
 * @param expected how long the limiter expects it to wait
 * @param limits the limits that make it wait
 */
public record RateLimitWait(String path, Duration expected, RateLimits limits) {}
