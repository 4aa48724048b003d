package io.vtsql.adapter;

import static io.vtsql.adapter.VtConnections.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.AnalysisPace;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scan table functions against a simulator whose analyses are queued for 100 ms and running for
 * 200 ms: a submission is one POST, a wait polls at a bounded pace until completed, the row joins
 * to the analysis' engine verdicts without another request, and a large file goes through an upload
 * URL.
 */
class ScanFunctionsTest {
  private static VtSimulator sim;
  private static Connection c;

  @BeforeAll
  static void start() throws Exception {
    sim =
        VtSimulator.start(
            SimulatorConfig.builder()
                .scale(300)
                .analysisPace(new AnalysisPace(Duration.ofMillis(100), Duration.ofMillis(200)))
                .build());
    c = VtConnections.open(sim.baseUrl(), sim.premiumKey(), "cache", "on");
  }

  @AfterAll
  static void stop() throws SQLException {
    c.close();
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.requests().reset();
  }

  @Test
  void scanUrlAndWaitThenJoinItsVerdicts() throws Exception {
    final String url =
        sim.corpus().all("url").iterator().next().path("attributes").path("url").asText();
    final List<List<Object>> rows =
        rows(
            c,
            "select a.status, count(*) from table(vt_scan_url(url => '"
                + url
                + "', wait => 10)) a join analysis_results r on r.analysis_id = a.id"
                + " group by a.status");
    assertEquals(1, rows.size());
    assertEquals("completed", rows.get(0).get(0));
    assertTrue(((Number) rows.get(0).get(1)).longValue() > 10, rows.toString());
    SimRequests.assertCount(1, () -> sim.requests().count("POST /urls"));
    final long polls = sim.requests().count("GET /analyses/{id}");
    assertTrue(polls >= 1 && polls <= 6, "polls " + polls);
    // the join read the completed analysis from the object cache
    assertEquals(1 + polls, sim.requests().total());
  }

  @Test
  void withoutWaitOnlyTheSubmission() throws Exception {
    final String file = sim.corpus().ids("file").get(3);
    final List<List<Object>> rows =
        rows(c, "select id, status from table(vt_rescan_file('" + file + "'))");
    assertEquals(1, rows.size());
    assertNull(rows.get(0).get(1));
    SimRequests.assertCount(1, () -> sim.requests().count("POST /files/{id}/{relationship}"));
    SimRequests.assertCount(1, () -> sim.requests().total());
    final String url =
        sim.corpus().all("url").iterator().next().path("attributes").path("url").asText();
    final List<List<Object>> later =
        rows(c, "select id from table(vt_rescan_url('" + url + "', 1))");
    assertTrue(((String) later.get(0).get(0)).startsWith("u-"), later.toString());
    final SQLException unknown =
        assertThrows(
            SQLException.class,
            () -> rows(c, "select id from table(vt_rescan_url('http://nowhere.invalid/'))"));
    assertEquals("23503", unknown.getSQLState());
  }

  @Test
  void smallFileIsPostedLargeFileGoesToAnUploadUrl(@TempDir Path dir) throws Exception {
    final Path small = dir.resolve("small.bin");
    Files.writeString(small, "not really malware", StandardCharsets.UTF_8);
    final List<List<Object>> rows =
        rows(c, "select status from table(vt_scan_file('" + small + "', 10))");
    assertEquals(List.of(List.of("completed")), rows);
    SimRequests.assertCount(1, () -> sim.requests().count("POST /files"));
    sim.requests().reset();
    final Path large = dir.resolve("large.bin");
    try (RandomAccessFile f = new RandomAccessFile(large.toFile(), "rw")) {
      f.setLength((32L << 20) + 1);
    }
    rows(c, "select id from table(vt_scan_file('" + large + "'))");
    SimRequests.assertCount(1, () -> sim.requests().count("GET /files/upload_url"));
    SimRequests.assertCount(1, () -> sim.requests().count("POST /_upload/{id}"));
    SimRequests.assertCount(2, () -> sim.requests().total());
  }

  @Test
  void badArgumentsSendNothing() throws Exception {
    final SQLException e =
        assertThrows(
            SQLException.class, () -> rows(c, "select id from table(vt_rescan_file('xyz'))"));
    assertEquals("22023", e.getSQLState());
    final SQLException wait =
        assertThrows(
            SQLException.class,
            () ->
                rows(
                    c,
                    "select id from table(vt_scan_url(url => 'http://a.example/', wait => 9999))"));
    assertTrue(wait.getMessage().contains("wait is between 0 and 600"), wait.getMessage());
    SimRequests.assertCount(0, () -> sim.requests().total());
  }
}
