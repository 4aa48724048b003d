package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.AnalysisPace;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The writing examples of sql-examples/ (70, 71) run against the default demo corpus, with the
 * requests each sends counted; the simulator's analyses are fast here, so waiting takes moments.
 */
class WriteExamplesTest {
  private static VtSimulator sim;
  private static Connection conn;

  @BeforeAll
  static void start() throws Exception {
    sim =
        VtSimulator.start(
            SimulatorConfig.builder()
                .analysisPace(new AnalysisPace(Duration.ofMillis(50), Duration.ofMillis(150)))
                .build());
    conn = VtConnections.open(sim.baseUrl(), sim.premiumKey(), "cache", "on");
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

  /** The statements of an example: its text without comment lines, split at semicolons. */
  private static List<String> statements(String name) throws Exception {
    final Path file =
        Path.of("").toAbsolutePath().getParent().resolve("sql-examples").resolve(name);
    final StringBuilder text = new StringBuilder();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.strip().startsWith("--")) {
        text.append(line).append('\n');
      }
    }
    final List<String> out = new ArrayList<>();
    for (String s : text.toString().split(";")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  @Test
  void scanAUrlAndWait() throws Exception {
    final List<String> sql = statements("70-scan-a-url-and-wait.sql");
    assertEquals(1, sql.size());
    final List<List<Object>> rows = VtConnections.rows(conn, sql.get(0));
    assertFalse(rows.isEmpty());
    assertEquals("completed", rows.get(0).get(0));
    SimRequests.assertCount(1, () -> sim.requests().count("POST /urls"));
    final long polls = sim.requests().count("GET /analyses/{id}");
    assertTrue(polls >= 1 && polls <= 5, "polls " + polls);
    assertEquals(1 + polls, sim.requests().total());
  }

  @Test
  void collectTheDomainsASampleContacted() throws Exception {
    final List<String> sql = statements("71-collect-the-domains-a-sample-contacted.sql");
    assertEquals(3, sql.size());
    try (Statement s = conn.createStatement()) {
      assertEquals(1, s.executeUpdate(sql.get(0)));
      SimRequests.assertCount(1, () -> sim.requests().total());
      sim.requests().reset();
      final int added = s.executeUpdate(sql.get(1));
      assertTrue(added > 1, "added " + added);
      // the collection found by owner and name, the domains' descriptors in pages of 40 (only
      // their ids are needed), the items in one POST per 40
      SimRequests.assertCount(1, () -> sim.requests().count("GET /collections"));
      SimRequests.assertCount(
          (added + 39) / 40,
          () -> sim.requests().count("GET /files/{id}/relationships/{relationship}"));
      SimRequests.assertCount(
          (added + 39) / 40, () -> sim.requests().count("POST /collections/{id}/{relationship}"));
    }
    final List<List<Object>> rows = VtConnections.rows(conn, sql.get(2));
    assertEquals(rows.size(), ((Number) rows.get(0).get(1)).intValue());
    assertTrue(rows.size() > 1, rows.toString());
  }
}
