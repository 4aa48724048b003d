package io.vtsql.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * How a submitted analysis progresses: {@code queued} for {@code queued}, then {@code in-progress}
 * for {@code running}, then {@code completed}.
 */
public record AnalysisPace(Duration queued, Duration running) {
  /** About what VirusTotal takes for a URL: 5 s queued, 25 s scanning. */
  public static final AnalysisPace REALISTIC =
      new AnalysisPace(Duration.ofSeconds(5), Duration.ofSeconds(25));

  public AnalysisPace {
    Objects.requireNonNull(queued, "queued");
    Objects.requireNonNull(running, "running");
    if (queued.isNegative() || running.isNegative()) {
      throw new IllegalArgumentException("analysis durations must be >= 0");
    }
  }

  /** The status an analysis submitted {@code elapsed} ago has. */
  public String status(Duration elapsed) {
    if (elapsed.compareTo(queued) < 0) {
      return "queued";
    }
    return elapsed.compareTo(queued.plus(running)) < 0 ? "in-progress" : "completed";
  }
}
