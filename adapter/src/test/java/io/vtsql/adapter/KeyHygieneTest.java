package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.adapter.table.VtSchema;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.Tier;
import io.vtsql.simulator.VtSimulator;
import io.vtsql.simulator.faults.FaultKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.calcite.jdbc.CalciteConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full session with a recognisable key: lookups, searches, failures of every kind, EXPLAIN,
 * vt_meta, a rate-limit wait and a persistent cache; the key appears in no log line (slf4j and
 * java.util.logging), output, exception message or stack trace, EXPLAIN text, system table, object
 * description, cache file name or cache file content.
 */
class KeyHygieneTest {
  private static final String KEY = "0badc0de".repeat(8);

  @Test
  void theKeyAppearsNowhere(@TempDir Path cacheDir) throws Exception {
    final StringBuilder seen = new StringBuilder();
    final ByteArrayOutputStream console = new ByteArrayOutputStream();
    final PrintStream out = System.out;
    final PrintStream err = System.err;
    final Handler jul =
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            synchronized (seen) {
              seen.append(r.getMessage())
                  .append(r.getParameters() == null ? "" : List.of(r.getParameters()))
                  .append('\n');
              if (r.getThrown() != null) {
                seen.append(trace(r.getThrown()));
              }
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    // at the root's own level: below INFO, Janino's trace logging breaks Calcite's code generation
    final Logger root = Logger.getLogger("");
    root.addHandler(jul);
    final PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    try (VtSimulator sim =
        VtSimulator.start(SimulatorConfig.builder().scale(60).key(KEY, Tier.PREMIUM).build())) {
      session(sim, cacheDir, seen);
    } finally {
      System.setOut(out);
      System.setErr(err);
      root.removeHandler(jul);
    }
    seen.append(console.toString(StandardCharsets.UTF_8));
    // slf4j-simple writes every io.vtsql line of the test JVM to this file (see the pom)
    final String logged =
        Files.readString(
            Path.of(System.getProperty("org.slf4j.simpleLogger.logFile")), StandardCharsets.UTF_8);
    assertTrue(logged.contains("waiting about"), "the rate-limit wait was logged");
    assertTrue(logged.contains("before GET /files/a"), "the log names the request");
    seen.append(logged);
    try (Stream<Path> files = Files.walk(cacheDir)) {
      for (Path f : files.toList()) {
        seen.append(f).append('\n');
        if (Files.isRegularFile(f)) {
          seen.append(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
        }
      }
    }
    assertTrue(seen.length() > 10_000, "the session produced material to check");
    final int at = seen.indexOf(KEY);
    assertFalse(
        at >= 0,
        () ->
            "the key leaked: "
                + seen.substring(Math.max(0, at - 300), Math.min(seen.length(), at + 100)));
    assertFalse(seen.toString().toLowerCase().contains("x-apikey: " + KEY));
  }

  private static void session(VtSimulator sim, Path cacheDir, StringBuilder seen)
      throws SQLException {
    final String id = sim.corpus().all("file").iterator().next().get("id").asText();
    try (Connection c =
        VtConnections.open(
            sim.baseUrl(),
            KEY,
            "cacheDir",
            cacheDir.toString(),
            "cacheTtl",
            "10m",
            "rateLimit",
            "2/1s",
            "rateLimitWarnAfter",
            "1ms",
            "retryBaseDelay",
            "5ms",
            "maxAttempts",
            "2",
            "maxRequests",
            "5")) {
      final String[] queries = {
        "select id, size, names from files where id = '" + id + "'",
        "select id, size from files where size > 10 order by size limit 4",
        "select * from files where id in ('" + id + "', '" + "0".repeat(64) + "')",
        "select * from vt_meta.requests",
        "select * from vt_meta.cache",
        "select id from files where id in (" + absentHashes("a", 6) + ")",
        "select id from table(vt_search('entity:file nosuchmodifier:1')) limit 1",
        "select id from files",
      };
      for (String sql : queries) {
        run(c, sql, seen);
        run(c, "explain plan for " + sql, seen);
      }
      Faults.only(sim, FaultKind.TRANSIENT);
      run(c, "select id from files where id = '" + "f5".repeat(32) + "'", seen);
      Faults.only(sim, FaultKind.HTML_200);
      run(c, "select id from files where id = '" + "fa".repeat(32) + "'", seen);
      sim.faults().clear();
      seen.append(c).append(c.getClientInfo()).append(c.getMetaData().getURL());
      final CalciteConnection calcite = c.unwrap(CalciteConnection.class);
      final VtSchema schema = calcite.getRootSchema().getSubSchema("vt").unwrap(VtSchema.class);
      seen.append(schema.backend())
          .append(schema.backend().client())
          .append(calcite.config().schema());
    }
    try (Connection wrong = VtConnections.open(sim.baseUrl(), KEY.replace('0', '1'))) {
      run(wrong, "select id from files where id = '" + id + "'", seen);
    }
  }

  /** Runs a statement, keeping its rows or its exception (message and full stack trace). */
  private static void run(Connection c, String sql, StringBuilder seen) {
    try {
      seen.append(VtConnections.rows(c, sql)).append('\n');
    } catch (SQLException | RuntimeException e) {
      seen.append(trace(e));
    }
  }

  private static String trace(Throwable t) {
    final StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return w.toString();
  }

  /** {@code n} quoted SHA-256-shaped ids starting with {@code prefix} that name no file. */
  private static String absentHashes(String prefix, int n) {
    final StringBuilder s = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      final String hash = prefix + i;
      s.append(i > 1 ? ", '" : "'").append(hash.repeat(64 / hash.length())).append('\'');
    }
    return s.toString();
  }
}
