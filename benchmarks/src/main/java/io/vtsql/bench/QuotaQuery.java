package io.vtsql.bench;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One analyst question of the quota suite: its SQL (run once, or as a prepared statement once per
 * binding), the minimum number of VirusTotal requests any client needs to answer it with the
 * reasoning behind that number, and the straightforward script that answers the same question, for
 * comparison.
 *
 * @param name short label for tables
 * @param sql the statement; {@code ?} placeholders when {@code bindings} is not empty
 * @param bindings parameter values per execution of a prepared statement; empty: run once
 * @param primed whether the statement runs once, uncounted, before the counted run (cache)
 * @param minimum fewest requests that can answer the question
 * @param reasoning how {@link #minimum} was derived
 * @param script the baseline script answering the same question
 * @param mustSend a substring one of vtsql's requests must contain (e.g. the descriptor endpoint),
 *     or null
 */
record QuotaQuery(
    String name,
    String sql,
    List<List<Object>> bindings,
    boolean primed,
    long minimum,
    String reasoning,
    Script script,
    String mustSend) {

  QuotaQuery {
    requireNonNull(name, "name");
    requireNonNull(sql, "sql");
    bindings = List.copyOf(bindings);
    requireNonNull(reasoning, "reasoning");
    requireNonNull(script, "script");
  }

  /** A plain statement run once, from a cold cache. */
  static QuotaQuery of(String name, String sql, long minimum, String reasoning, Script script) {
    return new QuotaQuery(name, sql, List.of(), false, minimum, reasoning, script, null);
  }

  /** A prepared statement executed once per binding, from a cold cache. */
  static QuotaQuery prepared(
      String name,
      String sql,
      List<List<Object>> bindings,
      long minimum,
      String reasoning,
      Script script) {
    return new QuotaQuery(name, sql, bindings, false, minimum, reasoning, script, null);
  }

  /**
   * The same question asked again on the same connection: the counted run follows an uncounted one,
   * so with the response cache on it needs no request at all.
   */
  QuotaQuery repeated() {
    return new QuotaQuery(
        "repeat: " + name,
        sql,
        bindings,
        true,
        0,
        "same statement again within the cache TTL: answered from the cache",
        script,
        null);
  }

  /** The same query, additionally requiring one request to contain {@code fragment}. */
  QuotaQuery sending(String fragment) {
    return new QuotaQuery(name, sql, bindings, primed, minimum, reasoning, script, fragment);
  }

  /** The baseline: what a hand-written script does to answer the question. */
  @FunctionalInterface
  interface Script {
    void run(ScriptClient client);
  }
}
