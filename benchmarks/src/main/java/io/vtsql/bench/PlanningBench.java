package io.vtsql.bench;

import static java.util.Objects.requireNonNull;

import io.vtsql.simulator.VtSimulator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.calcite.runtime.Hook;

/**
 * Planning cost of typical statements: the first {@code prepareStatement} on a new connection
 * (cold), the median of later ones as new texts (warm: a comment numbers each, so each is planned)
 * and as the same text again (answered by the connection's plan cache); and proof that a {@link
 * PreparedStatement} is planned once however often it runs, counted with Calcite's {@link
 * Hook#PLANNER}, which fires once per planning.
 */
final class PlanningBench {
  private final VtSimulator sim;
  private final int repetitions;

  PlanningBench(VtSimulator sim, int repetitions) {
    this.sim = requireNonNull(sim, "sim");
    this.repetitions = repetitions;
  }

  /**
   * Cold and warm planning times of one statement, in milliseconds, or why it could not be prepared
   * (then the times are absent).
   */
  record Planning(
      String name,
      String sql,
      double coldMillis,
      Percentiles warm,
      Percentiles repeated,
      String error) {}

  /** Planner runs for N executions, prepared once versus N ad hoc statements. */
  record Reuse(int executions, int preparedPlannings, int adHocPlannings) {}

  /** The statements whose planning is timed, by label. */
  Map<String, String> statements() {
    final String id = sim.corpus().ids("file").get(3);
    final Map<String, String> m = new LinkedHashMap<>();
    m.put("point lookup", "SELECT id, size, malicious FROM files WHERE id = '" + id + "'");
    m.put(
        "search, ORDER BY + LIMIT",
        "SELECT id, size FROM files WHERE malicious > 20"
            + " AND size < 1000000 ORDER BY first_submission_date DESC LIMIT 10");
    m.put(
        "aggregate over a search",
        "SELECT type_tag, COUNT(*) AS n FROM files" + " WHERE malicious > 30 GROUP BY type_tag");
    m.put(
        "relationship join",
        "SELECT f.id, d.id FROM (SELECT id FROM files"
            + " WHERE malicious > 20 LIMIT 10) f JOIN file_contacted_domains d ON d.file_id = f.id");
    return m;
  }

  /** Planning times; a statement the schema cannot plan is reported by its error. */
  List<Planning> planning() throws Exception {
    final List<Planning> out = new ArrayList<>();
    for (Map.Entry<String, String> e : statements().entrySet()) {
      try (Connection c = Jdbc.open(sim, Jdbc.props("cache", "false"))) {
        final Timer.Timed<Void> cold = Timer.time(() -> prepareAndClose(c, e.getValue()));
        final long[] warm = new long[repetitions];
        for (int i = 0; i < repetitions; i++) {
          final String text = "/* " + i + " */ " + e.getValue();
          warm[i] = Timer.time(() -> prepareAndClose(c, text)).nanos();
        }
        final long[] repeated = new long[repetitions];
        for (int i = 0; i < repetitions; i++) {
          repeated[i] = Timer.time(() -> prepareAndClose(c, e.getValue())).nanos();
        }
        out.add(
            new Planning(
                e.getKey(),
                e.getValue(),
                cold.millis(),
                new Percentiles(warm),
                new Percentiles(repeated),
                null));
      } catch (SQLException ex) {
        out.add(
            new Planning(
                e.getKey(),
                e.getValue(),
                Double.NaN,
                null,
                null,
                ex.getMessage().lines().findFirst().orElse("")));
      }
    }
    return out;
  }

  /** Counts plannings for {@code executions} runs of a point lookup, prepared vs ad hoc. */
  Reuse reuse(int executions) throws Exception {
    final String id = sim.corpus().ids("file").get(3);
    final AtomicInteger plannings = new AtomicInteger();
    try (Connection c = Jdbc.open(sim, Jdbc.props("cache", "true"));
        Hook.Closeable hook =
            Hook.PLANNER.addThread((Consumer<Object>) planner -> plannings.incrementAndGet())) {
      try (PreparedStatement p = c.prepareStatement("SELECT id, size FROM files WHERE id = ?")) {
        for (int i = 0; i < executions; i++) {
          p.setString(1, id);
          try (ResultSet rs = p.executeQuery()) {
            Jdbc.drain(rs);
          }
        }
      }
      final int prepared = plannings.getAndSet(0);
      for (int i = 0; i < executions; i++) {
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("SELECT id, size FROM files WHERE id = '" + id + "'")) {
          Jdbc.drain(rs);
        }
      }
      return new Reuse(executions, prepared, plannings.get());
    }
  }

  private static Void prepareAndClose(Connection c, String sql) throws Exception {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      return null;
    }
  }
}
