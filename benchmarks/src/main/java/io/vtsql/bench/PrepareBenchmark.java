package io.vtsql.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: warm planning cost of {@code prepareStatement} (parse, validate, optimise, generate and
 * compile code) per statement shape, for a text new to the connection ({@link #prepare}: a comment
 * numbers each call) and for a repeated text ({@link #prepareRepeatedText}, answered by the
 * connection's plan cache). Preparing sends no request, so the connection points at a closed port.
 * Run with {@code org.openjdk.jmh.Main PrepareBenchmark}; add {@code -jvmArgsAppend
 * -Dcalcite.bindable.cache.maxSize=0} to compile the code of every plan again, as Calcite does by
 * default.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PrepareBenchmark {
  /** Any SHA-256-shaped id will do: preparing a statement sends no request. */
  private static final String FILE = "ab".repeat(32);

  /** The statement shape being planned. */
  @Param({"lookup", "search", "aggregate", "join"})
  public String shape;

  private Connection connection;
  private String sql;
  private long calls;

  @Setup(Level.Trial)
  public void open() throws Exception {
    Class.forName("io.vtsql.driver.VtDriver");
    final Properties p = new Properties();
    p.setProperty("baseUrl", "http://127.0.0.1:9/api/v3");
    p.setProperty("apiKey", "0".repeat(64));
    connection = DriverManager.getConnection("jdbc:vt:", p);
    sql =
        switch (shape) {
          case "lookup" -> "SELECT id, size, malicious FROM files WHERE id = '" + FILE + "'";
          case "search" ->
              "SELECT id, size FROM files WHERE malicious > 20 AND size < 1000000"
                  + " ORDER BY first_submission_date DESC LIMIT 10";
          case "aggregate" ->
              "SELECT type_tag, COUNT(*) AS n FROM files WHERE malicious > 30"
                  + " GROUP BY type_tag";
          case "join" ->
              "SELECT f.id, d.id FROM (SELECT id FROM files WHERE malicious > 20"
                  + " LIMIT 10) f JOIN file_contacted_domains d ON d.file_id = f.id";
          default -> throw new IllegalArgumentException("unknown shape " + shape);
        };
  }

  @TearDown(Level.Trial)
  public void close() throws SQLException {
    connection.close();
  }

  /** Plans the statement as a new text; returns it closed so the JIT keeps the work. */
  @Benchmark
  public PreparedStatement prepare() throws SQLException {
    final PreparedStatement p = connection.prepareStatement("/* " + calls++ + " */ " + sql);
    p.close();
    return p;
  }

  /** Prepares the same text again: the plan comes from the connection's cache. */
  @Benchmark
  public PreparedStatement prepareRepeatedText() throws SQLException {
    final PreparedStatement p = connection.prepareStatement(sql);
    p.close();
    return p;
  }
}
