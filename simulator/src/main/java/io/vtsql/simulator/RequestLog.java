package io.vtsql.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Thread-safe record of every request that reached {@code /api/v3}, for tests and benchmarks. */
public final class RequestLog {

  private final List<RequestRecord> records = new ArrayList<>();

  /** Records one request. */
  public synchronized void add(RequestRecord record) {
    records.add(record);
  }

  /** Number of recorded requests. */
  public synchronized long total() {
    return records.size();
  }

  /** Requests with the given endpoint label, e.g. {@code "GET /files/{id}"}. */
  public synchronized long count(String endpoint) {
    return records.stream().filter(r -> r.endpoint().equals(endpoint)).count();
  }

  /** Request counts per endpoint label. */
  public synchronized Map<String, Long> byEndpoint() {
    Map<String, Long> counts = new TreeMap<>();
    records.forEach(r -> counts.merge(r.endpoint(), 1L, Long::sum));
    return counts;
  }

  /**
   * Request counts per key label ({@code premium-demo}, {@code public-demo}, {@code key-1a2b},
   * {@code none}).
   */
  public synchronized Map<String, Long> byKey() {
    Map<String, Long> counts = new TreeMap<>();
    records.forEach(r -> counts.merge(r.keyLabel(), 1L, Long::sum));
    return counts;
  }

  /** A snapshot of all records in arrival order. */
  public synchronized List<RequestRecord> records() {
    return List.copyOf(records);
  }

  /** Forgets every record. */
  public synchronized void reset() {
    records.clear();
  }
}
