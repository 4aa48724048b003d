package io.vtsql.bench;

import static java.util.Objects.requireNonNull;

import io.vtsql.simulator.RequestRecord;
import io.vtsql.simulator.VtSimulator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import okhttp3.OkHttpClient;

/**
 * Runs the quota suite: every question through {@code jdbc:vt:} and through the baseline script,
 * counting the requests the simulator receives for each. Each question starts from a cold cache on
 * a connection of its own, with the cache on: connections with equal settings share one client, and
 * with it the response and object caches, for the life of the JVM, so each question's connection
 * differs in a setting that changes no request ({@code requestLogSize}, the length of {@code
 * vt_meta.requests}).
 */
final class QuotaSuite {
  private final VtSimulator simulator;
  private final RequestCounter counter;

  QuotaSuite(VtSimulator simulator) {
    this.simulator = requireNonNull(simulator, "simulator");
    this.counter = new RequestCounter(simulator);
  }

  /** The questions, built from facts about the simulator's corpus. */
  static List<QuotaQuery> queries(VtSimulator simulator) {
    final CorpusFacts facts = new CorpusFacts(simulator.corpus(), simulator.semantics());
    final List<QuotaQuery> all = new ArrayList<>(LookupAndSearchQueries.build(facts));
    all.addAll(PivotQueries.build(facts, all));
    return all;
  }

  /**
   * Runs every question of {@link #queries} and returns what each cost.
   *
   * @param withScript whether to run the baseline script too (otherwise its count is 0)
   */
  List<QuotaResult> run(boolean withScript) throws SQLException {
    return run(withScript, q -> true);
  }

  /**
   * Runs the questions of {@link #queries} that {@code include} accepts.
   *
   * @param withScript whether to run the baseline script too (otherwise its count is 0)
   */
  List<QuotaResult> run(boolean withScript, Predicate<QuotaQuery> include) throws SQLException {
    final List<QuotaResult> results = new ArrayList<>();
    final OkHttpClient http = new OkHttpClient.Builder().readTimeout(30, TimeUnit.SECONDS).build();
    final ScriptClient script = new ScriptClient(http, simulator.baseUrl(), simulator.premiumKey());
    try {
      int n = 0;
      for (QuotaQuery q : queries(simulator).stream().filter(include).toList()) {
        try (Connection connection =
            Jdbc.open(
                simulator,
                Jdbc.props("cache", "true", "requestLogSize", Integer.toString(1000 + n++)))) {
          results.add(run(connection, withScript ? script : null, q));
        }
      }
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
    return results;
  }

  private QuotaResult run(Connection connection, ScriptClient script, QuotaQuery q)
      throws SQLException {
    counter.reset();
    long rows = 0;
    String error = null;
    try {
      if (q.primed()) {
        execute(connection, q);
        counter.reset();
      }
      rows = execute(connection, q);
    } catch (SQLException | RuntimeException e) {
      error = oneLine(e);
    }
    final List<RequestRecord> sent = counter.settle();
    final boolean required =
        q.mustSend() == null
            || sent.stream().anyMatch(r -> (r.path() + "?" + r.query()).contains(q.mustSend()));
    long scriptRequests = 0;
    if (script != null) {
      counter.reset();
      q.script().run(script);
      scriptRequests = counter.settle().size();
    }
    return new QuotaResult(q, rows, sent.size(), scriptRequests, required, error);
  }

  private static long execute(Connection connection, QuotaQuery q) throws SQLException {
    if (q.bindings().isEmpty()) {
      return Jdbc.drain(connection, q.sql());
    }
    try (PreparedStatement p = connection.prepareStatement(q.sql())) {
      return Jdbc.drain(p, q.bindings());
    }
  }

  private static String oneLine(Throwable e) {
    final String line = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    return line.length() > 240 ? line.substring(0, 240) + "…" : line;
  }
}
