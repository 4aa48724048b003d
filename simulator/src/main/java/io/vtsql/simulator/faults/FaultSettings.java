package io.vtsql.simulator.faults;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What to inject: added latency (fixed plus uniform jitter), a probability per fault kind, an
 * optional Retry-After for 429s, the drip delay of slow bodies and the seed that makes the sequence
 * of decisions reproducible.
 */
public record FaultSettings(
    long latencyMs,
    long jitterMs,
    Map<FaultKind, Double> rates,
    Integer retryAfterSeconds,
    long dripMs,
    long seed) {
  public FaultSettings {
    rates = Map.copyOf(Objects.requireNonNull(rates, "rates"));
    double total = rates.values().stream().mapToDouble(Double::doubleValue).sum();
    if (latencyMs < 0
        || jitterMs < 0
        || dripMs < 0
        || total > 1.0 + 1e-9
        || rates.values().stream().anyMatch(r -> r < 0)) {
      throw new IllegalArgumentException("fault rates must be >= 0 and sum to <= 1, delays >= 0");
    }
  }

  /** No faults and no latency. */
  public static FaultSettings none() {
    return new FaultSettings(0, 0, Map.of(), null, 50, 1);
  }

  /** The same settings with {@code rate} spread evenly over every fault kind. */
  public static FaultSettings everyKind(double rate, long seed) {
    Map<FaultKind, Double> rates = new EnumMap<>(FaultKind.class);
    for (FaultKind kind : FaultKind.values()) {
      rates.put(kind, rate / FaultKind.values().length);
    }
    return new FaultSettings(0, 0, rates, null, 50, seed);
  }

  /** A copy with different latency. */
  public FaultSettings withLatency(long fixedMs, long jitter) {
    return new FaultSettings(fixedMs, jitter, rates, retryAfterSeconds, dripMs, seed);
  }
}
