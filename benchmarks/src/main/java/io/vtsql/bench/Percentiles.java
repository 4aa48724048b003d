package io.vtsql.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of a sample of durations in nanoseconds. */
final class Percentiles {
  private final long[] sorted;

  Percentiles(long[] samples) {
    if (samples.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    this.sorted = samples.clone();
    Arrays.sort(sorted);
  }

  /** The {@code p}-th percentile (0 < p <= 100) in nanoseconds. */
  long at(double p) {
    final int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  /** The median in microseconds. */
  double p50Micros() {
    return at(50) / 1_000.0;
  }

  /** The 99th percentile in microseconds. */
  double p99Micros() {
    return at(99) / 1_000.0;
  }

  int count() {
    return sorted.length;
  }
}
