package io.vtsql.bench;

import static java.util.Objects.requireNonNull;

import io.vtsql.simulator.RequestRecord;
import io.vtsql.simulator.VtSimulator;
import java.util.List;

/**
 * Reads the simulator's request log for one measured section. The simulator logs a request before
 * answering it, but a statement may still have calls in flight when its result set is closed
 * (parallel fan-out), so {@link #settle()} waits until the log has not grown for a short quiet
 * period.
 */
final class RequestCounter {
  private static final long QUIET_NANOS = 10_000_000L;
  private static final long MAX_WAIT_NANOS = 2_000_000_000L;

  private final VtSimulator simulator;

  RequestCounter(VtSimulator simulator) {
    this.simulator = requireNonNull(simulator, "simulator");
  }

  /** Forgets every request recorded so far. */
  void reset() {
    settle();
    simulator.requests().reset();
  }

  /** The requests recorded since the last reset, once the log is quiet. */
  List<RequestRecord> settle() {
    final long deadline = System.nanoTime() + MAX_WAIT_NANOS;
    long seen = simulator.requests().total();
    long quietSince = System.nanoTime();
    while (System.nanoTime() - quietSince < QUIET_NANOS && System.nanoTime() < deadline) {
      Thread.onSpinWait();
      final long now = simulator.requests().total();
      if (now != seen) {
        seen = now;
        quietSince = System.nanoTime();
      }
    }
    return simulator.requests().records();
  }
}
