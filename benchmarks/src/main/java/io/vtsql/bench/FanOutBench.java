package io.vtsql.bench;

import static java.util.Objects.requireNonNull;

import io.vtsql.simulator.VtSimulator;
import io.vtsql.simulator.faults.FaultSettings;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * A relationship read over 200 parents with 50 ms of latency injected into every simulator
 * response: wall time versus the ideal {@code 200 × 50 ms / concurrency} of perfectly overlapped
 * calls, and versus the {@code 200 × 50 ms} of one call after the other.
 */
final class FanOutBench {
  static final int PARENTS = 200;
  static final long LATENCY_MS = 50;

  /** The relationship fan-out concurrency vtsql uses by default (issue 4). */
  static final int CONCURRENCY = 4;

  private final VtSimulator sim;

  FanOutBench(VtSimulator sim) {
    this.sim = requireNonNull(sim, "sim");
  }

  /** The measured wall time and requests of one fan-out statement. */
  record FanOut(String sql, long rows, double seconds, long requests) {
    static double idealSeconds() {
      return PARENTS * LATENCY_MS / 1000.0 / CONCURRENCY;
    }

    static double serialSeconds() {
      return PARENTS * LATENCY_MS / 1000.0;
    }
  }

  String sql() {
    final List<String> parents = new ArrayList<>();
    for (String id : sim.corpus().ids("file").subList(0, PARENTS)) {
      parents.add("'" + id + "'");
    }
    return "SELECT file_id, id FROM file_contacted_domains WHERE file_id IN ("
        + String.join(", ", parents)
        + ")";
  }

  FanOut run() throws Exception {
    final RequestCounter counter = new RequestCounter(sim);
    final String sql = sql();
    try (Connection c = Jdbc.open(sim, Jdbc.props("cache", "false"))) {
      Jdbc.drain(c, "SELECT id FROM files WHERE id = '" + sim.corpus().ids("file").get(0) + "'");
      sim.faults().configure(FaultSettings.none().withLatency(LATENCY_MS, 0));
      counter.reset();
      final Timer.Timed<Long> t = Timer.time(() -> Jdbc.drain(c, sql));
      return new FanOut(sql, t.value(), t.seconds(), counter.settle().size());
    } finally {
      sim.faults().clear();
    }
  }
}
