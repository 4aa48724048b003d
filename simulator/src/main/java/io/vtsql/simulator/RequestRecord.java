package io.vtsql.simulator;

import java.time.Instant;

/**
 * One request that reached {@code /api/v3}: when, what, which key label (never the key) and
 * the status answered.
 */
public record RequestRecord(Instant time, String method, String path, String query,
                            String endpoint, String keyLabel, int status) {
}
