package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vtsql.simulator.RequestRecord;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import io.vtsql.simulator.corpus.gen.MonitorData;
import io.vtsql.simulator.corpus.gen.RetrohuntData;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code retrohunt_jobs}, {@code retrohunt_job_matching_files}, {@code monitor_items}, {@code
 * monitoritem_analyses} and {@code monitoritem_last_analysis_results} against the default demo
 * corpus: point lookups, {@code filter=} pushdown and paging with exact request counts. Expected
 * rows come from the simulator's own data, never from the adapter's declarations.
 */
class RetrohuntMonitorTablesTest {
  private static VtSimulator sim;
  private static Connection conn;
  private static List<RetrohuntData.Job> jobs;
  private static List<MonitorData.Item> items;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().build());
    conn = VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of("cache", "false"));
    jobs = RetrohuntData.jobs(sim.corpus(), Instant.now());
    items = MonitorData.items(sim.corpus());
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

  private static List<List<Object>> rows(String sql) throws SQLException {
    return VtConnections.rows(conn, sql);
  }

  private static RetrohuntData.Job job(String status, int index) {
    return jobs.stream()
        .filter(j -> !j.running() && j.attributes().path("status").asText().equals(status))
        .toList()
        .get(index);
  }

  /** The finished job with the most matches (more than one page of them). */
  private static RetrohuntData.Job biggest() {
    return jobs.stream()
        .filter(j -> !j.running())
        .max(java.util.Comparator.comparingInt(j -> j.matches().size()))
        .orElseThrow();
  }

  private static Timestamp time(JsonNode seconds) {
    return new Timestamp(seconds.asLong() * 1000);
  }

  /** The decoded parameters of the single request made, which went to {@code endpoint}. */
  private static Map<String, String> onlyRequest(String endpoint) throws Exception {
    SimRequests.assertCount(1, () -> sim.requests().total());
    final RequestRecord r = sim.requests().records().get(0);
    assertEquals(endpoint, r.endpoint());
    assertEquals(200, r.status());
    final Map<String, String> params = new LinkedHashMap<>();
    for (String p : r.query() == null ? new String[0] : r.query().split("&")) {
      final int eq = p.indexOf('=');
      params.put(
          p.substring(0, eq), URLDecoder.decode(p.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return params;
  }

  @Test
  void jobLookupsCostOneRequestPerPossibleId() throws Exception {
    final RetrohuntData.Job pe = biggest();
    final JsonNode a = pe.attributes();
    assertEquals(
        List.of(
            List.of(
                pe.id(),
                "finished",
                "main",
                100.0,
                pe.matches().size(),
                time(a.at("/time_range/start")),
                time(a.at("/time_range/end")),
                a.path("scanned_bytes").asLong())),
        rows(
            "SELECT id, status, corpus, progress, num_matches, time_range_start, time_range_end,"
                + " scanned_bytes FROM retrohunt_jobs WHERE id = '"
                + pe.id()
                + "'"));
    SimRequests.assertCount(1, () -> sim.requests().count("GET /intelligence/retrohunt_jobs/{id}"));
    sim.requests().reset();
    assertEquals(List.of(), rows("SELECT id FROM retrohunt_jobs WHERE id = 'nobody-1'"));
    SimRequests.assertCount(1, () -> sim.requests().total());
    sim.requests().reset();
    assertEquals(List.of(), rows("SELECT id FROM retrohunt_jobs WHERE id = 'a/b'"));
    SimRequests.assertCount(0, () -> sim.requests().total());
  }

  @Test
  void statusBecomesAFilterTermKeptLocally() throws Exception {
    final List<List<Object>> finished =
        jobs.stream()
            .filter(j -> !j.running() && j.attributes().path("status").asText().equals("finished"))
            .map(j -> List.<Object>of(j.id()))
            .sorted(java.util.Comparator.comparing(r -> (String) r.get(0)))
            .toList();
    assertEquals(2, finished.size());
    assertEquals(
        finished, rows("SELECT id FROM retrohunt_jobs WHERE status = 'finished' ORDER BY id"));
    assertEquals(
        Map.of("filter", "status:\"finished\"", "limit", "40"),
        onlyRequest("GET /intelligence/retrohunt_jobs"));
    sim.requests().reset();
    // OR is not in the grammar of this list: both statuses are read in one request and kept
    // locally
    assertEquals(
        3,
        rows("SELECT id FROM retrohunt_jobs WHERE status = 'finished' OR status = 'aborted'")
            .size());
    assertEquals(Map.of("limit", "40"), onlyRequest("GET /intelligence/retrohunt_jobs"));
  }

  @Test
  void theOwnJobsListIsReadWholeAndSortedLocally() throws Exception {
    final List<List<Object>> all = rows("SELECT id, status FROM retrohunt_jobs ORDER BY id");
    assertEquals(4, all.size());
    assertEquals(Map.of("limit", "40"), onlyRequest("GET /intelligence/retrohunt_jobs"));
    sim.requests().reset();
    final List<List<Object>> newest =
        rows("SELECT status FROM retrohunt_jobs ORDER BY creation_date DESC LIMIT 1");
    assertEquals(List.of(List.of("running")), newest);
    // no order is documented, so none is sent: the whole list is read and sorted here
    assertEquals(Map.of("limit", "40"), onlyRequest("GET /intelligence/retrohunt_jobs"));
    sim.requests().reset();
    assertEquals(2, rows("SELECT id FROM retrohunt_jobs LIMIT 2").size());
    assertEquals(Map.of("limit", "2"), onlyRequest("GET /intelligence/retrohunt_jobs"));
  }

  @Test
  void theRunningJobShowsItsProgressAndMatchesSoFar() throws Exception {
    final List<List<Object>> running =
        rows(
            "SELECT id, progress, num_matches, eta_seconds, finish_date FROM retrohunt_jobs"
                + " WHERE status = 'running'");
    assertEquals(1, running.size());
    final double progress = (Double) running.get(0).get(1);
    assertTrue(progress > 0 && progress < 100, "progress " + progress);
    assertTrue((Integer) running.get(0).get(3) > 0);
    assertEquals(null, running.get(0).get(4));
    final int found =
        rows("SELECT id FROM retrohunt_job_matching_files WHERE retrohunt_job_id = '"
                + running.get(0).get(0)
                + "'")
            .size();
    assertTrue(found >= (Integer) running.get(0).get(2), found + " matches so far");
  }

  @Test
  void matchingFilesAreFileRowsPagedByForty() throws Exception {
    final RetrohuntData.Job pe = biggest();
    assertTrue(pe.matches().size() > 40);
    final List<List<Object>> files =
        rows(
            "SELECT id, sha256, type_tag FROM retrohunt_job_matching_files"
                + " WHERE retrohunt_job_id = '"
                + pe.id()
                + "'");
    assertEquals(pe.matches(), files.stream().map(r -> r.get(0)).toList());
    assertEquals(
        files.stream().map(r -> r.get(0)).toList(), files.stream().map(r -> r.get(1)).toList());
    assertTrue(files.stream().allMatch(r -> r.get(2).equals("peexe") || r.get(2).equals("pedll")));
    final long pages = (pe.matches().size() + 39) / 40;
    SimRequests.assertCount(
        pages, () -> sim.requests().count("GET /intelligence/retrohunt_jobs/{id}/{relationship}"));
    sim.requests().reset();
    // ids alone come from the documented descriptor form
    assertEquals(
        pe.matches().subList(0, 3),
        rows(
                "SELECT id FROM retrohunt_job_matching_files WHERE retrohunt_job_id = '"
                    + pe.id()
                    + "' LIMIT 3")
            .stream()
            .map(r -> r.get(0))
            .toList());
    assertEquals(
        Map.of("limit", "3"),
        onlyRequest("GET /intelligence/retrohunt_jobs/{id}/relationships/{relationship}"));
  }

  @Test
  void monitorItemLookupAndTagFilter() throws Exception {
    final MonitorData.Item item =
        items.stream().filter(i -> !i.analyses().isEmpty()).findFirst().orElseThrow();
    final JsonNode a = item.item().path("attributes");
    assertEquals(
        List.of(
            List.of(
                a.path("path").asText(),
                "file",
                a.path("sha256").asText(),
                a.path("size").asLong(),
                a.path("last_detections_count").asInt())),
        rows(
            "SELECT path, item_type, sha256, size, last_detections_count FROM monitor_items"
                + " WHERE id = '"
                + item.id()
                + "'"));
    assertEquals(1, sim.requests().count("GET /monitor/items/{id}"));
    sim.requests().reset();
    final List<List<Object>> detected =
        items.stream()
            .filter(
                i ->
                    StreamSupport.stream(i.item().at("/attributes/tags").spliterator(), false)
                        .anyMatch(t -> t.asText().equals("detected")))
            .map(i -> List.<Object>of(i.item().at("/attributes/path").asText()))
            .toList();
    assertFalse(detected.isEmpty());
    assertEquals(
        detected,
        rows(
            "SELECT path FROM monitor_items WHERE ARRAY_CONTAINS(tags, 'detected') ORDER BY path"));
    assertEquals(
        Map.of("filter", "tag:\"detected\"", "limit", "40"), onlyRequest("GET /monitor/items"));
    sim.requests().reset();
    assertEquals(5, rows("SELECT id FROM monitor_items LIMIT 5").size());
    assertEquals(Map.of("limit", "5"), onlyRequest("GET /monitor/items"));
    sim.requests().reset();
    // the group's own items: the whole list may be read, 40 a page
    assertEquals(items.size(), rows("SELECT id FROM monitor_items").size());
    assertEquals(Map.of("limit", "40"), onlyRequest("GET /monitor/items"));
  }

  @Test
  void monitorAnalysesAndVerdicts() throws Exception {
    final MonitorData.Item item =
        items.stream()
            .filter(i -> i.item().at("/attributes/last_detections_count").asInt() > 0)
            .findFirst()
            .orElseThrow();
    final List<List<Object>> expected = new ArrayList<>();
    for (com.fasterxml.jackson.databind.node.ObjectNode an : item.analyses()) {
      expected.add(
          List.of(
              an.path("id").asText(),
              time(an.at("/attributes/date")),
              an.at("/attributes/detections_count").asInt()));
    }
    assertEquals(
        expected,
        rows(
            "SELECT id, \"date\", detections_count FROM monitoritem_analyses"
                + " WHERE monitoritem_id = '"
                + item.id()
                + "'"));
    assertEquals(Map.of("limit", "40"), onlyRequest("GET /monitor/items/{id}/{relationship}"));
    sim.requests().reset();
    // no descriptor form is documented: even ids alone are read in full
    assertEquals(
        expected.size(),
        rows("SELECT id FROM monitoritem_analyses WHERE monitoritem_id = '" + item.id() + "'")
            .size());
    onlyRequest("GET /monitor/items/{id}/{relationship}");
    sim.requests().reset();
    final List<List<Object>> verdicts = new ArrayList<>();
    item.item()
        .at("/attributes/last_analysis_results")
        .fields()
        .forEachRemaining(
            f -> {
              if (f.getValue().path("category").asText().equals("malicious")) {
                verdicts.add(List.of(f.getKey(), f.getValue().path("result").asText()));
              }
            });
    verdicts.sort(java.util.Comparator.comparing(r -> (String) r.get(0)));
    assertEquals(
        verdicts,
        rows(
            "SELECT engine, \"result\" FROM monitoritem_last_analysis_results"
                + " WHERE monitoritem_id = '"
                + item.id()
                + "' AND category = 'malicious' ORDER BY engine"));
    onlyRequest("GET /monitor/items/{id}");
  }
}
