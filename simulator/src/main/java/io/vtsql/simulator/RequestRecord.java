package io.vtsql.simulator;

import java.time.Instant;

/**
 * One request that reached {@code /api/v3}: when, what (path below {@code /api/v3}, raw query,
 * endpoint label such as {@code GET /files/{id}}), which key label (never the key) and the status
 * answered (0 when the connection was dropped without a response).
 */
public record RequestRecord(
    Instant time,
    String method,
    String path,
    String query,
    String keyLabel,
    int status,
    String endpoint) {}
