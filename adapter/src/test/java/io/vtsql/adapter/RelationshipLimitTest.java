package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import io.vtsql.simulator.corpus.Corpus;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A LIMIT/OFFSET without ORDER BY over a relationship scan of constant parents folds into the scan:
 * parents are read one at a time and no request is sent once the rows are there, the rows equal the
 * corpus and {@code pushdown=false}, and EXPLAIN's {@code requestsAtMost} bounds the requests
 * actually sent.
 */
class RelationshipLimitTest {
  private static final Pattern AT_MOST = Pattern.compile("requestsAtMost=\\[(\\w+)]");

  private static VtSimulator sim;
  private static Corpus corpus;
  private static Connection conn;
  private static Connection plain;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().build());
    corpus = sim.corpus();
    conn = VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of("cache", "false"));
    plain =
        VtConnections.open(
            sim.baseUrl(), sim.premiumKey(), Map.of("cache", "false", "pushdown", "false"));
  }

  @AfterAll
  static void stop() throws Exception {
    conn.close();
    plain.close();
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.requests().reset();
  }

  private static List<String> related(String parent, String relationship) {
    return corpus.related("file", parent, relationship).stream()
        .map(d -> d.get("id").asText())
        .collect(Collectors.toList());
  }

  private static String sql(String table, List<String> parents, String limit) {
    return "select file_id, id from "
        + table
        + " where file_id in ("
        + parents.stream().map(p -> "'" + p + "'").collect(Collectors.joining(", "))
        + ") "
        + limit;
  }

  /** Rows of the relationship in scan order: parents sorted (as the IN list's Sarg is). */
  private static List<List<Object>> corpusRows(String relationship, List<String> parents) {
    final List<List<Object>> rows = new ArrayList<>();
    parents.stream()
        .sorted()
        .forEach(p -> related(p, relationship).forEach(t -> rows.add(List.of(p, t))));
    return rows;
  }

  /** Requests of reading parents in order until {@code needed} rows, as the scan must. */
  private static long minimumRequests(String relationship, List<String> parents, long needed) {
    long read = 0;
    long requests = 0;
    for (String p : parents.stream().sorted().toList()) {
      if (read >= needed) {
        break;
      }
      final long limit = Math.min(40, needed - read);
      final long taken = Math.min(related(p, relationship).size(), needed - read);
      requests += Math.max(1, (taken + limit - 1) / limit);
      read += taken;
    }
    return requests;
  }

  private static long atMost(String plan) {
    final Matcher m = AT_MOST.matcher(plan);
    assertTrue(m.find(), plan);
    return Long.parseLong(m.group(1));
  }

  @Test
  void limitTenOverEightParentsStopsAtTheFifthParent() throws Exception {
    final List<String> files = corpus.ids("file").subList(0, 8);
    final String sql = sql("file_contacted_domains", files, "limit 10");
    final String plan = VtConnections.explain(conn, sql);
    assertFalse(plan.contains("EnumerableLimit"), plan);
    assertTrue(
        plan.contains(
            "?limit=min(40, rows still needed) per distinct file_id, one"
                + " parent at a time until 10 rows from: ["),
        plan);
    assertEquals(8, atMost(plan), plan);
    sim.requests().reset();
    assertEquals(
        corpusRows("contacted_domains", files).subList(0, 10), VtConnections.rows(conn, sql));
    // the sorted parents hold 1, 1, 3, 2, 3, ... targets: 10 rows need five parents, where the
    // look-ahead of fanOut=4 used to request all eight
    assertEquals(5, minimumRequests("contacted_domains", files, 10));
    SimRequests.assertCount(5, () -> sim.requests().total());
    // the first page asks for the 10 rows needed, not 40
    assertEquals("limit=10", sim.requests().records().get(0).query());
  }

  @Test
  void limitAndOffsetEqualPushdownFalseWithinTheBound() throws Exception {
    final List<String> files = corpus.ids("file").subList(0, 6);
    assertTrue(
        related(files.get(0), "dropped_files").size() > 40,
        "the first file drops 45 files: LIMITs beyond 40 follow a cursor");
    final List<List<Object>> all = corpusRows("dropped_files", files);
    for (String limit :
        List.of(
            "limit 1",
            "limit 5",
            "limit 10 offset 3",
            "limit 3 offset 12",
            "limit 41",
            "limit 60 offset 2",
            "limit 500",
            "limit 0")) {
      final String sql = sql("file_dropped_files", files, limit);
      final String plan = VtConnections.explain(conn, sql);
      final long offset =
          limit.contains("offset") ? Long.parseLong(limit.replaceAll(".*offset ", "")) : 0;
      final long fetch = Long.parseLong(limit.replaceAll("limit (\\d+).*", "$1"));
      // Calcite itself turns LIMIT 0 into an empty Values: no scan at all
      if (fetch > 0) {
        assertTrue(plan.contains("one parent at a time until " + (offset + fetch) + " rows"), plan);
        assertTrue(VtConnections.explain(plain, sql).contains("EnumerableLimit"), limit);
      }
      final List<List<Object>> expected =
          all.subList(
              (int) Math.min(offset, all.size()), (int) Math.min(offset + fetch, all.size()));
      sim.requests().reset();
      assertEquals(expected, VtConnections.rows(conn, sql), limit);
      final long needed = fetch == 0 ? 0 : offset + fetch;
      final long minimum = minimumRequests("dropped_files", files, needed);
      SimRequests.assertCount(minimum, () -> sim.requests().total());
      assertTrue(fetch == 0 || minimum <= atMost(plan), limit + ": " + minimum + " > " + plan);
      assertEquals(expected, VtConnections.rows(plain, sql), limit + " with pushdown=false");
    }
  }

  @Test
  void emptyParentsBeforeTheLastReachTheBound() throws Exception {
    final List<String> files =
        corpus.ids("file").subList(0, 21).stream()
            .filter(f -> related(f, "contacted_domains").isEmpty())
            .limit(3)
            .collect(Collectors.toCollection(ArrayList::new));
    final String last =
        corpus.ids("file").stream()
            .filter(f -> !related(f, "contacted_domains").isEmpty())
            .filter(f -> files.stream().allMatch(e -> e.compareTo(f) < 0))
            .findFirst()
            .orElseThrow();
    files.add(last);
    final String sql = sql("file_contacted_domains", files, "limit 1");
    final String plan = VtConnections.explain(conn, sql);
    assertEquals(4, atMost(plan), plan);
    sim.requests().reset();
    assertEquals(
        List.of(List.of(last, related(last, "contacted_domains").get(0))),
        VtConnections.rows(conn, sql));
    SimRequests.assertCount(4, () -> sim.requests().total());
  }

  @Test
  void explainBoundsOneToOneAndLeavesUnknownsAndOtherQueriesAlone() throws Exception {
    final List<String> urls = corpus.ids("url").subList(0, 5);
    final String in = urls.stream().map(u -> "'" + u + "'").collect(Collectors.joining(", "));
    final String oneToOne =
        "select url_id, id from url_last_serving_ip_address where url_id in (" + in + ")";
    assertEquals(5, atMost(VtConnections.explain(conn, oneToOne)));
    assertEquals(5, atMost(VtConnections.explain(conn, oneToOne + " limit 2")));
    sim.requests().reset();
    final List<List<Object>> expected = new ArrayList<>();
    long requests = 0;
    for (String u : urls.stream().sorted().toList()) {
      if (expected.size() < 2) {
        requests++;
        corpus
            .related("url", u, "last_serving_ip_address")
            .forEach(d -> expected.add(List.of(u, d.get("id").asText())));
      }
    }
    assertEquals(expected, VtConnections.rows(conn, oneToOne + " limit 2"));
    SimRequests.assertCount(requests, () -> sim.requests().total());

    final List<String> files = corpus.ids("file").subList(0, 8);
    assertTrue(
        VtConnections.explain(conn, sql("file_contacted_domains", files, ""))
            .contains(
                "requestsAtMost=[at least 8: 1 per parent + 1 per further page of 40"
                    + " targets]"));
    final String joined =
        VtConnections.explain(
            conn,
            "select f.id, r.id from files f"
                + " join file_contacted_domains r on r.file_id = f.id where f.malicious > 20 limit 5");
    assertTrue(
        joined.contains(
            "requestsAtMost=[1 per parent + 1 per further page of 40"
                + " targets], request=[GET /files/{file_id}/relationships/contacted_domains?limit=40"
                + " (cursor"),
        joined);
    // another conjunct may reject rows, and ORDER BY is not the scan's order: LIMIT stays above
    for (String sql :
        List.of(
            sql("file_contacted_domains", files, "and id like 'a%' limit 10"),
            sql("file_contacted_domains", files, "order by id limit 10"))) {
      final String plan = VtConnections.explain(conn, sql);
      assertTrue(
          plan.contains("EnumerableLimit")
              && plan.contains("requestsAtMost=[at least 8: 1 per parent"),
          plan);
    }
  }
}
