package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import io.vtsql.simulator.faults.FaultKind;
import io.vtsql.simulator.faults.FaultSettings;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 520 statements (point lookups, limited searches, two-page searches, relationship joins) against
 * the simulator with 20% of responses faulty, spread over every fault kind (HTML 404 pages, endless
 * bodies and connections closed after the response included): each statement returns exactly its
 * fault-free rows or fails with a SQLException naming the code, status and path. Never a wrong or
 * truncated row set.
 */
class FaultSuiteTest {
  private static final int STATEMENTS = 520;
  private static final Set<String> STATES = Set.of("53400", "58000", "22000", "08006", "08001");
  private static VtSimulator sim;
  private static List<String> fileIds;
  private static List<String> domainIds;
  private static long pagedThreshold;

  @BeforeAll
  static void start() throws IOException {
    sim = VtSimulator.start(SimulatorConfig.builder().scale(700).build());
    fileIds = sim.corpus().all("file").stream().map(o -> o.get("id").asText()).toList();
    domainIds = sim.corpus().all("domain").stream().map(o -> o.get("id").asText()).toList();
    // a size bound that about 400 files exceed, so that the unlimited search needs two pages
    final List<Long> sizes =
        sim.corpus().all("file").stream()
            .map(o -> ((ObjectNode) o.get("attributes")).path("size").asLong())
            .sorted()
            .toList();
    pagedThreshold = sizes.get(sizes.size() - 400);
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  /** One statement shape: SQL with up to three parameters. */
  private record Shape(String sql, int params, boolean ids) {}

  private static List<Shape> shapes() {
    return List.of(
        new Shape("select id, size, md5, type_tag from files where id = ?", 1, true),
        new Shape("select id, size, names from files where id in (?, ?, ?)", 3, true),
        new Shape("select id, last_analysis_date from domains where id = ?", 1, false),
        new Shape(
            "select id, size from files where size > 1000 order by size desc limit 7", 0, false),
        new Shape("select id, type_tag from files where type_tag = 'peexe' limit 12", 0, false),
        new Shape("select id from files where size < 5000 limit 3 offset 2", 0, false),
        new Shape("select id from files where size > " + pagedThreshold, 0, false),
        new Shape("select id from files where size > 10 order by size limit 350", 0, false),
        new Shape(
            "select f.id, d.id from files f join file_contacted_domains d"
                + " on d.file_id = f.id where f.id in (?, ?, ?)",
            3,
            true));
  }

  /** A statement to run: a shape and its parameter values. */
  private record Run(int shape, List<String> params) {}

  @Test
  void everyStatementIsExactOrFailsClearly() throws SQLException {
    final Random random = new Random(7);
    final List<Shape> shapes = shapes();
    final List<Run> runs = new ArrayList<>();
    for (int i = 0; i < STATEMENTS; i++) {
      final int s = random.nextInt(shapes.size());
      final List<String> params = new ArrayList<>();
      for (int p = 0; p < shapes.get(s).params(); p++) {
        final List<String> pool = shapes.get(s).ids() ? fileIds : domainIds;
        // one id in ten does not exist: NotFound is an answer (no row), not a failure
        params.add(random.nextInt(10) == 0 ? "0".repeat(64) : pool.get(random.nextInt(40)));
      }
      runs.add(new Run(s, params));
    }
    final Map<Run, List<List<Object>>> expected = new HashMap<>();
    try (Connection c = VtConnections.open(sim.baseUrl(), sim.premiumKey(), "cache", "off")) {
      for (Run run : runs) {
        if (!expected.containsKey(run)) {
          try (PreparedStatement ps = c.prepareStatement(shapes.get(run.shape()).sql())) {
            expected.put(run, execute(ps, run.params()));
          }
        }
      }
    }
    // A truncated body stalls until the read timeout (the server keeps the socket open), so
    // the faulty phase uses a short one; an endless body is cut at a cap above the largest page
    // (a page of 300 files is about 9 MB)
    try (Connection c =
        VtConnections.open(
            sim.baseUrl(),
            sim.premiumKey(),
            "cache",
            "off",
            "maxAttempts",
            "4",
            "retryBaseDelay",
            "5ms",
            "retryMaxDelay",
            "20ms",
            "readTimeout",
            "600ms",
            "maxBodyBytes",
            "16m")) {
      final List<PreparedStatement> prepared = new ArrayList<>();
      for (Shape shape : shapes) {
        prepared.add(c.prepareStatement(shape.sql()));
      }
      sim.requests().reset();
      sim.faults().configure(everyKind(0.2));
      int exact = 0;
      int failed = 0;
      int unretried = 0;
      for (Run run : runs) {
        final List<List<Object>> rows;
        try {
          rows = execute(prepared.get(run.shape()), run.params());
        } catch (SQLException e) {
          failed++;
          if (e.getMessage().contains("NotAnApiEndpoint")
              || e.getMessage().contains("BodyTooLarge")) {
            unretried++;
          }
          assertClear(e, run);
          continue;
        }
        assertEquals(expected.get(run), rows, () -> "wrong rows for " + run);
        exact++;
      }
      sim.faults().clear();
      // 13 of the 16 kinds show in the status (html_404 is a 404, endless_body and idle_close
      // answer 200)
      final long faulty =
          sim.requests().records().stream()
              .filter(r -> r.status() != 200 && r.status() != 404)
              .count();
      assertTrue(faulty > 75, "faults were injected: " + faulty);
      assertEquals(STATEMENTS, exact + failed);
      // an HTML 404 or an endless body is final by design (retrying cannot help)
      assertTrue(
          exact > (STATEMENTS - unretried) * 0.9,
          "retries rescued most statements: " + exact + " (" + unretried + " failed for good)");
      for (PreparedStatement ps : prepared) {
        ps.close();
      }
    }
  }

  private static FaultSettings everyKind(double rate) {
    final Map<FaultKind, Double> rates = new EnumMap<>(FaultKind.class);
    for (FaultKind kind : FaultKind.values()) {
      rates.put(kind, rate / FaultKind.values().length);
    }
    // Retry-After: 0 exercises the header without making the suite sleep (RetryTest covers 1s);
    // slow bodies drip 20 pieces 3 ms apart
    return new FaultSettings(0, 0, rates, 0, 3, 11);
  }

  private static List<List<Object>> execute(PreparedStatement ps, List<String> params)
      throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      ps.setString(i + 1, params.get(i));
    }
    try (ResultSet rs = ps.executeQuery()) {
      return VtConnections.rows(rs);
    }
  }

  private static void assertClear(SQLException e, Run run) {
    assertNotNull(e.getSQLState(), () -> "no SQLState for " + run + ": " + e);
    if (!STATES.contains(e.getSQLState())) {
      fail("unexpected SQLState " + e.getSQLState() + " for " + run + ": " + e.getMessage());
    }
    final String m = e.getMessage();
    assertTrue(m.contains("HTTP ") || m.contains("no HTTP response"), m);
    assertTrue(m.contains(" on GET /"), m);
  }
}
