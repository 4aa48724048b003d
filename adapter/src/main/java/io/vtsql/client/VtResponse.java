package io.vtsql.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A validated 2xx response travelling back up the pipeline: its JSON, when it was fetched from
 * VirusTotal, and where this copy came from (network or a cache).
 */
record VtResponse(JsonNode body, int status, Instant fetchedAt, Source source) {
  /** Where a response came from. */
  enum Source {
    NETWORK,
    MEMORY_CACHE,
    DISK_CACHE
  }

  VtResponse {
    requireNonNull(body, "body");
    requireNonNull(fetchedAt, "fetchedAt");
    requireNonNull(source, "source");
  }

  boolean cached() {
    return source != Source.NETWORK;
  }

  /**
   * The same response as served by a cache layer; the body is copied so callers never share mutable
   * trees.
   */
  VtResponse servedFrom(Source from) {
    return new VtResponse(body.deepCopy(), status, fetchedAt, from);
  }
}
