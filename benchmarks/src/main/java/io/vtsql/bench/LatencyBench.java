package io.vtsql.bench;

import static java.util.Objects.requireNonNull;

import io.vtsql.simulator.VtSimulator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Warm point lookup of one file: a raw OkHttp GET of the object versus the same lookup through
 * {@code jdbc:vt:}, ad hoc (parsed and planned every time) and prepared (planned once), with the
 * response cache off (every execution sends a GET) and on (no request after the first).
 */
final class LatencyBench {
  private final VtSimulator sim;
  private final int warmup;
  private final int samples;

  LatencyBench(VtSimulator sim, int warmup, int samples) {
    this.sim = requireNonNull(sim, "sim");
    this.warmup = warmup;
    this.samples = samples;
  }

  /** One latency distribution. */
  record Latency(String what, Percentiles percentiles, long requestsPerCall) {}

  /** An action measured once per sample. */
  @FunctionalInterface
  private interface Call {
    void run() throws Exception;
  }

  String fileId() {
    return sim.corpus().ids("file").get(7);
  }

  Latency raw() throws Exception {
    try (RawHttp http = new RawHttp(sim.baseUrl(), sim.premiumKey())) {
      final String path = "/files/" + fileId();
      return measure("raw OkHttp GET /files/{id}", () -> http.get(path));
    }
  }

  Latency adHoc(boolean cache) throws Exception {
    final String sql = "SELECT * FROM files WHERE id = '" + fileId() + "'";
    try (Connection c = Jdbc.open(sim, Jdbc.props("cache", Boolean.toString(cache)))) {
      return measure(
          "JDBC ad hoc Statement, cache " + (cache ? "on" : "off"),
          () -> {
            try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
              expectOneRow(rs);
            }
          });
    }
  }

  /**
   * Ad hoc lookups of a different object every call, as a BI tool sends them: every text is new to
   * the connection (unless the corpus has fewer files than calls), cache off. The simulator has
   * served each object once before, so it builds none during the measurement.
   */
  Latency adHocVarying() throws Exception {
    final List<String> all = sim.corpus().ids("file");
    final List<String> ids = all.subList(0, Math.min(all.size(), warmup + samples));
    try (RawHttp http = new RawHttp(sim.baseUrl(), sim.premiumKey())) {
      for (String id : ids) {
        http.get("/files/" + id);
      }
    }
    final int[] next = {0};
    try (Connection c = Jdbc.open(sim, Jdbc.props("cache", "false"))) {
      return measure(
          "JDBC ad hoc Statement, a new object every call, cache off",
          () -> {
            final String sql =
                "SELECT * FROM files WHERE id = '" + ids.get(next[0]++ % ids.size()) + "'";
            try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
              expectOneRow(rs);
            }
          });
    }
  }

  Latency prepared(boolean cache) throws Exception {
    try (Connection c = Jdbc.open(sim, Jdbc.props("cache", Boolean.toString(cache)));
        PreparedStatement p = c.prepareStatement("SELECT * FROM files WHERE id = ?")) {
      p.setString(1, fileId());
      return measure(
          "JDBC PreparedStatement, cache " + (cache ? "on" : "off"),
          () -> {
            try (ResultSet rs = p.executeQuery()) {
              expectOneRow(rs);
            }
          });
    }
  }

  private Latency measure(String what, Call call) throws Exception {
    for (int i = 0; i < warmup; i++) {
      call.run();
    }
    final RequestCounter counter = new RequestCounter(sim);
    counter.reset();
    final long[] nanos = new long[samples];
    for (int i = 0; i < samples; i++) {
      final long start = System.nanoTime();
      call.run();
      nanos[i] = System.nanoTime() - start;
    }
    final long requests = counter.settle().size();
    return new Latency(what, new Percentiles(nanos), Math.round((double) requests / samples));
  }

  private static void expectOneRow(ResultSet rs) throws SQLException {
    if (Jdbc.drain(rs) != 1) {
      throw new IllegalStateException("the point lookup must return exactly one row");
    }
  }
}
