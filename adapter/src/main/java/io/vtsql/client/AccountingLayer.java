package io.vtsql.client;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * Outermost pipeline stage: records every request (time, path, status, cached, duration, error
 * code).
 */
final class AccountingLayer implements Layer {
  private final Layer next;
  private final RequestLog log;

  AccountingLayer(Layer next, RequestLog log) {
    this.next = requireNonNull(next, "next");
    this.log = requireNonNull(log, "log");
  }

  @Override
  public VtResponse execute(VtRequest request) {
    Instant start = Instant.now();
    long t0 = System.nanoTime();
    try {
      VtResponse response = next.execute(request);
      log.add(
          new RequestRecord(
              start,
              request.method(),
              request.pathAndQuery(),
              response.status(),
              response.cached(),
              millisSince(t0),
              null));
      return response;
    } catch (VtException e) {
      log.add(
          new RequestRecord(
              start,
              request.method(),
              request.pathAndQuery(),
              e.httpStatus(),
              false,
              millisSince(t0),
              e.code()));
      throw e;
    }
  }

  private static long millisSince(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }
}
