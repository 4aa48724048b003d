package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.adapter.catalog.SearchEndpoint;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import io.vtsql.simulator.search.SearchSemantics;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End to end through {@code jdbc:calcite:} against the simulator: rows, types, request counts,
 * under the strictest reading of VirusTotal's ambiguous search semantics ({@link
 * SimulatorQueryLenientTest} runs the same tests under the lenient one).
 */
class SimulatorQueryTest {
  private static final String SEARCH = "GET /intelligence/search";
  static VtSimulator sim;
  static Connection conn;

  @BeforeAll
  static void start() throws Exception {
    start(SearchSemantics.strictest());
  }

  static void start(SearchSemantics semantics) throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().semantics(semantics).build());
    conn = VtConnections.open(sim.baseUrl(), sim.premiumKey(), true, 50);
  }

  @AfterAll
  static void stop() throws SQLException {
    conn.close();
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.requests().reset();
  }

  private static ObjectNode firstFile() {
    return sim.corpus().all("file").iterator().next();
  }

  @Test
  void fileLookupByMd5ReturnsTypedRow() throws SQLException {
    final ObjectNode file = firstFile();
    final ObjectNode attrs = (ObjectNode) file.get("attributes");
    try (Statement s = conn.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select id, size, malicious, first_submission_date,"
                    + " tags, attributes from files where md5 = '"
                    + attrs.get("md5").asText()
                    + "'")) {
      assertTrue(rs.next());
      assertEquals(file.get("id").asText(), rs.getString("id"));
      assertEquals(attrs.get("size").asLong(), rs.getLong("size"));
      assertEquals(
          attrs.path("last_analysis_stats").path("malicious").asInt(), rs.getInt("malicious"));
      final Timestamp fs = rs.getTimestamp("first_submission_date");
      assertEquals(
          attrs.get("first_submission_date").asLong() * 1000,
          fs.getTime() + java.util.TimeZone.getDefault().getOffset(fs.getTime()));
      final Array tags = rs.getArray("tags");
      assertEquals(attrs.path("tags").size(), ((Object[]) tags.getArray()).length);
      assertTrue(rs.getString("attributes").startsWith("{"));
      assertFalse(rs.next());
    }
    assertEquals(1, settled(() -> sim.requests().total(), 1));
  }

  @Test
  void lookupCostsOneRequestPerDistinctId() throws SQLException {
    final List<String> ids = new ArrayList<>();
    sim.corpus().all("domain").stream().limit(3).forEach(d -> ids.add(d.get("id").asText()));
    final String sql =
        "select id from domains where id in ('"
            + ids.get(0)
            + "','"
            + ids.get(1)
            + "','"
            + ids.get(2)
            + "','"
            + ids.get(0)
            + "','no-such.example')";
    assertEquals(3, count(sql));
    assertEquals(4, settled(() -> sim.requests().total(), 4));
  }

  @Test
  void preparedLookupBindsParameter() throws SQLException {
    final String id = firstFile().get("id").asText();
    try (PreparedStatement p = conn.prepareStatement("select id from files where id = ?")) {
      p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        assertTrue(rs.next());
        assertEquals(id, rs.getString(1));
      }
      p.setString(1, "0".repeat(64));
      try (ResultSet rs = p.executeQuery()) {
        assertFalse(rs.next());
      }
    }
    assertEquals(2, settled(() -> sim.requests().total(), 2));
  }

  @Test
  void urlLookupUsesBase64Id() throws SQLException {
    final ObjectNode url = sim.corpus().all("url").iterator().next();
    final String u = url.path("attributes").path("url").asText();
    try (PreparedStatement p = conn.prepareStatement("select id, url from urls where url = ?")) {
      p.setString(1, u);
      try (ResultSet rs = p.executeQuery()) {
        assertTrue(rs.next());
        assertEquals(url.get("id").asText(), rs.getString(1));
      }
    }
    assertEquals(1, settled(() -> sim.requests().count("GET /urls/{id}"), 1));
  }

  @Test
  void limitTenCostsOneSearch() throws SQLException {
    assertEquals(10, count("select id from files where malicious < 1000 limit 10"));
    assertEquals(1, settled(() -> sim.requests().count(SEARCH), 1));
  }

  @Test
  void limitFiveHundredCostsTwoSearches() throws SQLException {
    assertEquals(500, count("select id, size from files limit 500"));
    assertEquals(2, settled(() -> sim.requests().count(SEARCH), 2));
  }

  @Test
  void orderedLimitDoesNotDrain() throws SQLException {
    try (Statement s = conn.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select id, malicious from files" + " order by malicious desc limit 5")) {
      int prev = Integer.MAX_VALUE;
      while (rs.next()) {
        assertTrue(rs.getInt(2) <= prev);
        prev = rs.getInt(2);
      }
    }
    assertEquals(1, settled(() -> sim.requests().count(SEARCH), 1));
  }

  @Test
  void preparedSearchBindsParametersAtExecution() throws SQLException {
    final List<String> expected = topFiles(f -> malicious(f) > 20, 10);
    try (PreparedStatement p =
        conn.prepareStatement(
            "select id from files" + " where malicious > ? order by malicious desc, id limit 10")) {
      p.setInt(1, 20);
      assertEquals(expected, ids(p));
      assertEquals(1, settled(() -> sim.requests().count(SEARCH), 1));
      final String sent =
          URLDecoder.decode(sim.requests().records().get(0).query(), StandardCharsets.UTF_8);
      assertTrue(sent.contains("query=entity:file p:20+"), sent);
      sim.requests().reset();
      p.setNull(1, Types.INTEGER);
      assertEquals(List.of(), ids(p));
      p.setInt(1, -5);
      assertEquals(topFiles(f -> true, 10), ids(p));
    }
    // NULL needs no request; -5 has no spelling, so the search widens to entity:file.
    assertEquals(1, settled(() -> sim.requests().count(SEARCH), 1));
  }

  @Test
  void boundTimestampsAndStringsAreSpelledLikeLiterals() throws SQLException {
    try (PreparedStatement p =
        conn.prepareStatement(
            "select id from files"
                + " where first_submission_date >= ? and type_tag = ? limit 3")) {
      p.setTimestamp(1, Timestamp.valueOf("2024-01-01 00:00:00"));
      p.setString(2, "pe\"exe");
      assertEquals(List.of(), ids(p));
    }
    assertEquals(1, settled(() -> sim.requests().count(SEARCH), 1));
    final String sent =
        URLDecoder.decode(sim.requests().records().get(0).query(), StandardCharsets.UTF_8);
    assertTrue(sent.contains("query=entity:file fs:2023-12-31T23:59:59+ type:\"pe\\\"exe\""), sent);
  }

  @Test
  void orderedLimitAboveARemainderFilterStopsPaging() throws SQLException {
    final long peexe =
        sim.corpus().all("file").stream()
            .filter(f -> f.path("attributes").path("type_tag").asText().equals("peexe"))
            .count();
    assertTrue(peexe > SearchEndpoint.PAGE_MAX, "draining would take several pages: " + peexe);
    final List<String> expected =
        topFiles(f -> f.path("attributes").path("type_tag").asText().equals("peexe"), 5);
    try (PreparedStatement p =
        conn.prepareStatement(
            "select id from files"
                + " where type_tag = 'peexe' order by malicious desc, id limit 5")) {
      assertEquals(expected, ids(p));
    }
    assertEquals(1, settled(() -> sim.requests().count(SEARCH), 1));
  }

  /** Ids of the corpus files that match, by malicious descending then id. */
  private static List<String> topFiles(Predicate<ObjectNode> filter, int n) {
    return sim.corpus().all("file").stream()
        .filter(filter)
        .sorted(
            Comparator.comparingInt((ObjectNode f) -> -malicious(f))
                .thenComparing(f -> f.get("id").asText()))
        .limit(n)
        .map(f -> f.get("id").asText())
        .collect(Collectors.toList());
  }

  private static int malicious(ObjectNode file) {
    return file.path("attributes").path("last_analysis_stats").path("malicious").asInt();
  }

  private static List<String> ids(PreparedStatement p) throws SQLException {
    final List<String> ids = new ArrayList<>();
    try (ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  @Test
  void closingTheResultSetStopsPaging() throws SQLException {
    try (Statement s = conn.createStatement();
        ResultSet rs = s.executeQuery("select id from files where malicious < 1000")) {
      assertTrue(rs.next());
    }
    assertEquals(1, settled(() -> sim.requests().count(SEARCH), 1));
  }

  @Test
  void maxRequestsFailsLoudly() throws SQLException {
    try (Connection small = VtConnections.open(sim.baseUrl(), sim.premiumKey(), true, 2);
        Statement s = small.createStatement()) {
      final Exception e =
          assertThrows(
              Exception.class,
              () -> {
                try (ResultSet rs = s.executeQuery("select id from files where malicious < 1000")) {
                  while (rs.next()) {
                    assertNull(null);
                  }
                }
              });
      assertTrue(
          PushdownPlanTest.fullMessage(e).contains("maxRequests=2"),
          PushdownPlanTest.fullMessage(e));
    }
    assertEquals(2, settled(() -> sim.requests().count(SEARCH), 2));
  }

  @Test
  void clientErrorsCarryCodeStatusAndPath() throws SQLException {
    try (Connection bad = VtConnections.open(sim.baseUrl(), "f".repeat(64), true, 5);
        Statement s = bad.createStatement()) {
      final Exception e =
          assertThrows(
              Exception.class,
              () -> {
                try (ResultSet rs = s.executeQuery("select id from domains where id = 'a.com'")) {
                  rs.next();
                }
              });
      final String m = PushdownPlanTest.fullMessage(e);
      assertTrue(
          m.contains("WrongCredentialsError") && m.contains("401") && m.contains("/domains/a.com"),
          m);
    }
  }

  /**
   * The simulator logs a request after answering it, so a count read right after the response may
   * lag; wait (briefly) until it reaches the expected value, then report what it is.
   */
  static long settled(LongSupplier counter, long expected) {
    final long deadline = System.nanoTime() + 2_000_000_000L;
    while (counter.getAsLong() < expected && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    return counter.getAsLong();
  }

  private static int count(String sql) throws SQLException {
    int n = 0;
    try (Statement s = conn.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        n++;
      }
    }
    return n;
  }
}
