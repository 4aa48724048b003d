package io.vtsql.adapter;

import static io.vtsql.adapter.VtConnections.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.Tier;
import io.vtsql.simulator.VtSimulator;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Response and object caches seen through SQL, counted by the simulator; vt_meta tables. */
class CachingTest {
  private static final String KEY_A = "a".repeat(64);
  private static final String KEY_B = "b".repeat(64);
  private static VtSimulator sim;
  private static List<ObjectNode> files;

  @BeforeAll
  static void start() throws IOException {
    sim =
        VtSimulator.start(
            SimulatorConfig.builder()
                .scale(200)
                .key(KEY_A, Tier.PREMIUM)
                .key(KEY_B, Tier.PREMIUM)
                .build());
    files = List.copyOf(sim.corpus().all("file"));
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.requests().reset();
  }

  /** Each test uses its own TTL, so it gets a fresh client and cache of its own. */
  private static Connection open(String key, String ttl) throws SQLException {
    return VtConnections.open(sim.baseUrl(), key, "cacheTtl", ttl);
  }

  private static String id(int i) {
    return files.get(i).get("id").asText();
  }

  @Test
  void repeatedQueriesWithinTheTtlSendNothing() throws SQLException {
    final String lookup =
        "select id, size from files where id in ('" + id(0) + "', '" + id(1) + "')";
    final String search = "select id from files where size > 1000 order by size desc limit 5";
    try (Connection c = open(KEY_A, "11m")) {
      final List<List<Object>> first = rows(c, lookup);
      final List<List<Object>> firstSearch = rows(c, search);
      final long sent = sim.requests().total();
      assertEquals(3, sent, "two lookups and one search page");
      assertEquals(first, rows(c, lookup));
      assertEquals(firstSearch, rows(c, search));
      assertEquals(sent, sim.requests().total(), "repeats are answered from the cache");
    }
    try (Connection other = open(KEY_A, "11m")) {
      rows(other, lookup);
      assertEquals(
          3,
          sim.requests().total(),
          "a second connection with the same key and"
              + " settings shares the client and its cache");
    }
  }

  @Test
  void progressCountsRequestsSent() throws SQLException {
    final String lookup = "select id from files where id in ('" + id(2) + "', '" + id(3) + "')";
    final String progress =
        "select requests_sent, cache_hits, quota_waits, rows_read from vt_meta.progress";
    try (Connection c = open(KEY_B, "17m")) {
      final List<Object> before = rows(c, progress).get(0);
      rows(c, lookup);
      rows(c, lookup);
      final List<Object> after = rows(c, progress).get(0);
      assertEquals(
          2L,
          (Long) after.get(0) - (Long) before.get(0),
          "two lookups sent, then none: the repeat is answered from a cache");
      assertEquals(before.get(2), after.get(2), "no quota wait");
      assertEquals(4L, (Long) after.get(3) - (Long) before.get(3), "two rows per statement");
      assertEquals(2, sim.requests().total(), "reading vt_meta.progress sends nothing");
    }
  }

  @Test
  void searchRowsAnswerLaterPointLookups() throws SQLException {
    try (Connection c = open(KEY_A, "12m")) {
      final List<List<Object>> hits =
          rows(c, "select id, md5, size from files where size > 100 order by size limit 3");
      assertEquals(3, hits.size());
      assertEquals(1, sim.requests().total());
      for (List<Object> hit : hits) {
        assertEquals(
            List.of(hit),
            rows(c, "select id, md5, size from files where id = '" + hit.get(0) + "'"));
        assertEquals(
            List.of(hit),
            rows(c, "select id, md5, size from files where md5 = '" + hit.get(1) + "'"));
      }
      assertEquals(1, sim.requests().total(), "lookups by sha256 and md5 were free");
      final List<List<Object>> meta = rows(c, "select object_hits from vt_meta.cache");
      assertEquals(6L, meta.get(0).get(0));
    }
  }

  @Test
  void cachesAreNeverSharedBetweenKeys() throws SQLException {
    final String sql = "select id from files where id = '" + id(2) + "'";
    try (Connection a = open(KEY_A, "13m");
        Connection b = open(KEY_B, "13m")) {
      rows(a, sql);
      rows(b, sql);
      assertEquals(2, sim.requests().total());
      rows(a, sql);
      rows(b, sql);
      assertEquals(2, sim.requests().total());
      assertEquals(1L, sim.requests().byKey().get("key-aaaa"));
      assertEquals(1L, sim.requests().byKey().get("key-bbbb"));
    }
  }

  @Test
  void cacheOffSendsEveryTime() throws SQLException {
    final String sql = "select id from files where id = '" + id(3) + "'";
    try (Connection c = VtConnections.open(sim.baseUrl(), KEY_A, "cache", "off")) {
      rows(c, sql);
      rows(c, sql);
      assertEquals(2, sim.requests().total());
      assertEquals(
          List.of(List.of(false, 0L, 0L)),
          rows(c, "select enabled, hits, object_hits from vt_meta.cache"));
    }
  }

  @Test
  void requestsTableShowsTheClientsRequestsWithoutTheKey() throws SQLException {
    try (Connection c = open(KEY_A, "14m")) {
      final String search = "select id from files where size < 5000000 limit 1";
      rows(c, "select id from files where id = '" + id(4) + "'");
      rows(c, "select id from files where id = '" + id(4) + "'");
      rows(c, search);
      rows(c, search);
      final String absent = "0".repeat(64);
      rows(c, "select id from files where id = '" + absent + "'");
      final long sent = sim.requests().total();
      assertEquals(3, sent, "the repeated lookup and search were answered from the caches");
      final List<List<Object>> log =
          rows(
              c,
              "select http_method, path, status, cached,"
                  + " error_code from vt_meta.requests order by request_time");
      assertEquals(sent, sim.requests().total(), "vt_meta sends nothing");
      final String searchPath =
          "/intelligence/search?descriptors_only=true&limit=1"
              + "&query=entity%3Afile%20size%3A5000000-";
      assertEquals(
          List.of(
              List.of("GET", "/files/" + id(4), 200, false),
              List.of("GET", searchPath, 200, false),
              List.of("GET", searchPath, 200, true),
              List.of("GET", "/files/" + absent, 404, false)),
          log.stream().map(r -> r.subList(0, 4)).toList());
      assertEquals("NotFoundError", log.get(3).get(4));
      log.forEach(r -> assertFalse(r.toString().contains(KEY_A)));
      final List<List<Object>> cache =
          rows(
              c,
              "select enabled, ttl, hits, misses, object_hits,"
                  + " rate_limit, daily_limit from vt_meta.cache");
      assertEquals(List.of(List.of(true, "PT14M", 1L, 3L, 1L, 0, 0L)), cache);
      assertTrue(
          rows(c, "select count(*) from vt_meta.requests where millis >= 0")
              .get(0)
              .get(0)
              .equals(4L));
    }
  }

  @Test
  void relationshipRowsAnswerLaterPointLookups() throws SQLException {
    try (Connection c = open(KEY_A, "15m")) {
      String parent = null;
      List<List<Object>> targets = List.of();
      for (int i = 0; i < files.size() && targets.isEmpty(); i++) {
        parent = id(i);
        targets =
            rows(
                c,
                "select id, last_analysis_date from file_contacted_domains"
                    + " where file_id = '"
                    + parent
                    + "'");
      }
      assertFalse(targets.isEmpty(), "some file contacts a domain");
      final long sent = sim.requests().total();
      for (List<Object> target : targets) {
        assertEquals(
            List.of(target),
            rows(
                c,
                "select id, last_analysis_date from domains where id = '" + target.get(0) + "'"));
      }
      assertEquals(sent, sim.requests().total(), "the domains came with the relationship page");
    }
  }
}
