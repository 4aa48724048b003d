package io.vtsql.simulator;

import static io.vtsql.simulator.ApiEnvelopeTest.assertError;
import static io.vtsql.simulator.ApiEnvelopeTest.fieldNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vtsql.simulator.corpus.gen.MonitorData;
import io.vtsql.simulator.corpus.gen.RetrohuntData;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Retrohunt jobs and Monitor items: envelopes, {@code filter=}, paging, the licence each needs (403
 * for the basic key) and that only {@code demo_analyst} has any.
 */
class RetrohuntMonitorEndpointsTest {
  private static final String FORBIDDEN =
      "You are not authorized to perform the requested operation";
  private static VtSimulator sim;
  private static String key;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().key("other-premium", Tier.PREMIUM).build());
    key = sim.premiumKey();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  private static Http.Response get(String path) {
    return Http.get(sim.baseUrl() + path, key);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("data").forEach(o -> ids.add(o.get("id").asText()));
    return ids;
  }

  /** Every id a listing yields, following {@code links.next}. */
  private static List<String> all(String url) {
    List<String> ids = new ArrayList<>();
    String next = url;
    while (next != null) {
      JsonNode page = Http.get(next, key).json();
      ids.addAll(ids(page));
      next = page.get("links").has("next") ? page.get("links").get("next").asText() : null;
    }
    return ids;
  }

  @Test
  void retrohuntJobsListNewestFirstAndFilterByStatus() {
    JsonNode page = get("/intelligence/retrohunt_jobs").json();
    assertEquals(Set.of("data", "links"), fieldNames(page));
    assertEquals(4, page.get("data").size());
    JsonNode running = page.get("data").get(0);
    assertEquals("retrohunt_job", running.get("type").asText());
    assertEquals("running", running.at("/attributes/status").asText());
    assertEquals(
        sim.baseUrl() + "/intelligence/retrohunt_jobs/" + running.get("id").asText(),
        running.at("/links/self").asText());
    long previous = Long.MAX_VALUE;
    for (JsonNode job : page.get("data")) {
      long created = job.at("/attributes/creation_date").asLong();
      assertTrue(created < previous, "newest first");
      previous = created;
    }
    JsonNode finished = get("/intelligence/retrohunt_jobs?filter=status:finished").json();
    assertEquals(2, finished.get("data").size());
    finished
        .get("data")
        .forEach(j -> assertEquals("finished", j.at("/attributes/status").asText()));
    assertEquals(
        1,
        get("/intelligence/retrohunt_jobs?filter=" + encode("status:\"aborted\""))
            .json()
            .get("data")
            .size());
    JsonNode two = get("/intelligence/retrohunt_jobs?limit=2").json();
    assertEquals(2, two.get("data").size());
    assertTrue(two.at("/meta/cursor").isTextual());
    assertEquals(4, all(sim.baseUrl() + "/intelligence/retrohunt_jobs?limit=3").size());
    assertError(
        get("/intelligence/retrohunt_jobs?limit=41"),
        400,
        "BadRequestError",
        "Limit can't be larger than 40");
    assertEquals(400, get("/intelligence/retrohunt_jobs?order=creation_date-").status());
    assertEquals(400, get("/intelligence/retrohunt_jobs?filter=corpus:main").status());
  }

  @Test
  void matchingFilesAreCorpusFilesInFullAndDescriptorForm() {
    JsonNode jobs = get("/intelligence/retrohunt_jobs?filter=status:finished").json();
    JsonNode pe = jobs.get("data").get(0);
    for (JsonNode j : jobs.get("data")) {
      if (j.at("/attributes/num_matches").asInt() > pe.at("/attributes/num_matches").asInt()) {
        pe = j;
      }
    }
    String id = pe.get("id").asText();
    assertEquals(pe, get("/intelligence/retrohunt_jobs/" + id).json().get("data"));
    int matches = pe.at("/attributes/num_matches").asInt();
    assertTrue(matches > 40, "pages: " + matches);
    String path = "/intelligence/retrohunt_jobs/" + id;
    List<String> full = all(sim.baseUrl() + path + "/matching_files?limit=40");
    List<String> descriptors = all(sim.baseUrl() + path + "/relationships/matching_files?limit=40");
    assertEquals(matches, full.size());
    assertEquals(full, descriptors);
    JsonNode first = get(path + "/matching_files?limit=1").json();
    assertEquals(matches, first.at("/meta/count").asInt());
    assertEquals("file", first.at("/data/0/type").asText());
    assertEquals(full.get(0), first.at("/data/0/attributes/sha256").asText());
    assertFalse(
        get(path + "/relationships/matching_files?limit=1").json().at("/data/0").has("attributes"));
    assertError(
        get("/intelligence/retrohunt_jobs/nobody-1"),
        404,
        "NotFoundError",
        "Retrohunt job \"nobody-1\" not found");
  }

  @Test
  void theRunningJobAdvancesWithTheClock() {
    Instant start = Instant.parse("2026-03-01T10:00:00Z");
    RetrohuntData.Job running =
        RetrohuntData.jobs(sim.corpus(), start).stream()
            .filter(RetrohuntData.Job::running)
            .findFirst()
            .orElseThrow();
    long started = running.attributes().get("start_date").asLong();
    RetrohuntData.Job early = running.at(Instant.ofEpochSecond(started + 600));
    RetrohuntData.Job later = running.at(Instant.ofEpochSecond(started + 5_400));
    RetrohuntData.Job done =
        running.at(Instant.ofEpochSecond(started + RetrohuntData.RUNNING_SECONDS + 1));
    assertEquals("running", early.attributes().get("status").asText());
    assertTrue(
        early.attributes().get("progress").asDouble()
            < later.attributes().get("progress").asDouble());
    assertTrue(early.matches().size() <= later.matches().size());
    assertEquals(later.matches().size(), later.attributes().get("num_matches").asInt());
    assertEquals("finished", done.attributes().get("status").asText());
    assertEquals(100.0, done.attributes().get("progress").asDouble());
    assertEquals(running.matches(), done.matches());
  }

  @Test
  void monitorItemsFilterByFolderAndTag() {
    List<String> everything = all(sim.baseUrl() + "/monitor/items?limit=40");
    assertEquals(22, everything.size());
    JsonNode bin = get("/monitor/items?limit=40&filter=" + encode("path:/acme-suite/bin/")).json();
    assertFalse(bin.get("data").isEmpty());
    bin.get("data")
        .forEach(
            i ->
                assertTrue(
                    i.at("/attributes/path").asText().matches("/acme-suite/bin/[^/]+"),
                    i.toString()));
    assertEquals(
        List.of(MonitorData.id("/acme-suite/")), ids(get("/monitor/items?filter=path:/").json()));
    JsonNode detected = get("/monitor/items?limit=40&filter=tag:detected").json();
    assertFalse(detected.get("data").isEmpty());
    detected
        .get("data")
        .forEach(i -> assertTrue(i.at("/attributes/last_detections_count").asInt() > 0));
    assertEquals(400, get("/monitor/items?order=path").status());
  }

  @Test
  void monitorItemsAndTheirAnalyses() {
    JsonNode item = get("/monitor/items?filter=tag:detected&limit=1").json().get("data").get(0);
    String id = item.get("id").asText();
    assertEquals("monitoritem", item.get("type").asText());
    assertEquals(item, get("/monitor/items/" + id).json().get("data"));
    String path = "/monitor/items/" + id + "/analyses";
    JsonNode analyses = get(path + "?limit=40").json();
    assertEquals(MonitorData.ANALYSES, analyses.at("/meta/count").asInt());
    JsonNode newest = analyses.at("/data/0");
    assertEquals("monitor_analysis", newest.get("type").asText());
    assertEquals(
        item.at("/attributes/last_analysis_results"), newest.at("/attributes/analysis_results"));
    assertEquals(
        item.at("/attributes/last_detections_count"), newest.at("/attributes/detections_count"));
    assertEquals(3, get(path + "?limit=3").json().get("data").size());
    assertEquals(404, get(path.replace("/analyses", "/relationships/analyses")).status());
    assertEquals(404, get("/monitor/items/bm9uZQ==").status());
  }

  @Test
  void licencesAndOwnership() {
    for (String path : List.of("/intelligence/retrohunt_jobs", "/monitor/items")) {
      assertError(Http.get(sim.baseUrl() + path, sim.basicKey()), 403, "ForbiddenError", FORBIDDEN);
      assertError(
          Http.get(sim.baseUrl() + path, sim.publicKey()), 403, "ForbiddenError", FORBIDDEN);
      JsonNode other = Http.get(sim.baseUrl() + path, "other-premium").json();
      assertEquals(0, other.get("data").size(), path);
    }
  }
}
