package io.vtsql.simulator.faults;

import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Decides, request by request, whether to inject a fault and how much latency to add. The decisions
 * come from a random stream seeded by {@link FaultSettings#seed()}, so the same sequence of
 * requests meets the same faults on every run.
 */
public final class FaultInjector {

  private FaultSettings settings;
  private SplittableRandom random;

  /** An injector with the given initial settings. */
  public FaultInjector(FaultSettings settings) {
    configure(settings);
  }

  /** Replaces the settings and restarts the random stream from their seed. */
  public synchronized void configure(FaultSettings newSettings) {
    this.settings = Objects.requireNonNull(newSettings, "settings");
    this.random = new SplittableRandom(newSettings.seed());
  }

  /** Back to no faults and no latency. */
  public synchronized void clear() {
    configure(FaultSettings.none());
  }

  /** The current settings. */
  public synchronized FaultSettings settings() {
    return settings;
  }

  /** What happens to one request. */
  public record Decision(long latencyMs, Optional<FaultKind> fault) {}

  /** Draws the latency and the fault (if any) for the next request. */
  public synchronized Decision next() {
    long latency =
        settings.latencyMs()
            + (settings.jitterMs() > 0 ? random.nextLong(settings.jitterMs() + 1) : 0);
    double roll = random.nextDouble();
    double cumulative = 0;
    for (FaultKind kind : FaultKind.values()) {
      cumulative += settings.rates().getOrDefault(kind, 0.0);
      if (roll < cumulative) {
        return new Decision(latency, Optional.of(kind));
      }
    }
    return new Decision(latency, Optional.empty());
  }
}
