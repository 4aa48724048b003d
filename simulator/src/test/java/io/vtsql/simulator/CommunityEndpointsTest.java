package io.vtsql.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Comments, votes, submissions, resolutions, analyses and popular threat categories. */
class CommunityEndpointsTest {

  private static VtSimulator sim;
  private static String key;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().publicQuota(1000, 100_000).build());
    key = sim.premiumKey();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  private static Http.Response get(String path) {
    return Http.get(sim.baseUrl() + path, key);
  }

  /** Every object of a list, following links.next; checks meta.cursor goes with links.next. */
  static List<JsonNode> allPages(String firstUrl, String apiKey) {
    List<JsonNode> out = new ArrayList<>();
    String next = firstUrl;
    while (next != null) {
      Http.Response r = Http.get(next, apiKey);
      assertEquals(200, r.status(), r.body());
      JsonNode page = r.json();
      page.get("data").forEach(out::add);
      boolean more = page.get("links").has("next");
      assertEquals(more, page.has("meta") && page.get("meta").has("cursor"));
      next = more ? page.get("links").get("next").asText() : null;
    }
    return out;
  }

  static void assertError(Http.Response r, int status, String code) {
    assertEquals(status, r.status(), r.body());
    assertEquals(code, r.json().get("error").get("code").asText(), r.body());
  }

  @Test
  void commentsListIsNewestFirstAndPagesThroughEveryComment() {
    List<JsonNode> all = allPages(sim.baseUrl() + "/comments?limit=40", key);
    assertEquals(sim.corpus().ids("comment").size(), all.size());
    assertEquals(
        all.size(), new HashSet<>(all.stream().map(c -> c.get("id").asText()).toList()).size());
    for (int i = 1; i < all.size(); i++) {
      assertTrue(
          all.get(i - 1).get("attributes").get("date").asLong()
              >= all.get(i).get("attributes").get("date").asLong());
    }
    JsonNode first = get("/comments").json();
    assertEquals(10, first.get("data").size());
    assertEquals(sim.baseUrl() + "/comments?limit=10", first.get("links").get("self").asText());
    assertEquals("comment", first.get("data").get(0).get("type").asText());
    assertEquals(
        Set.of("date", "text", "html", "tags", "votes"),
        fieldNames(first.get("data").get(0).get("attributes")));
  }

  @Test
  void commentsFilterByTag() {
    long expected =
        sim.corpus().all("comment").stream()
            .filter(
                c -> {
                  for (JsonNode t : c.get("attributes").get("tags")) {
                    if (t.asText().equals("phishing")) {
                      return true;
                    }
                  }
                  return false;
                })
            .count();
    assertTrue(expected > 10, "the demo corpus has phishing comments");
    List<JsonNode> tagged = allPages(sim.baseUrl() + "/comments?filter=tag:phishing&limit=7", key);
    assertEquals(expected, tagged.size());
    tagged.forEach(
        c -> assertTrue(c.get("attributes").get("tags").toString().contains("\"phishing\"")));
    assertEquals(0, get("/comments?filter=tag:no-such-tag").json().get("data").size());
  }

  @Test
  void commentsRejectLargeLimitsBadFiltersAndForeignCursors() {
    Http.Response big = get("/comments?limit=41");
    assertError(big, 400, "BadRequestError");
    assertEquals("Limit can't be larger than 40", big.json().get("error").get("message").asText());
    assertEquals(200, get("/comments?limit=40").status());
    Http.Response unknown = get("/comments?filter=author:alice");
    assertError(unknown, 400, "InvalidArgumentError");
    assertEquals(
        "Invalid filter for /comments: unknown modifier \"author\"; supported: tag",
        unknown.json().get("error").get("message").asText());
    assertError(get("/comments?filter=phishing"), 400, "InvalidArgumentError");
    assertError(get("/comments?filter=tag:"), 400, "InvalidArgumentError");
    String cursor =
        get("/comments?filter=tag:phishing&limit=2").json().get("meta").get("cursor").asText();
    assertError(get("/comments?cursor=" + cursor), 400, "BadRequestError");
  }

  @Test
  void relationshipCommentsAreTheObjectsServedById() {
    String file = sim.corpus().ids("file").get(0);
    JsonNode related = get("/files/" + file + "/comments?limit=40").json().get("data");
    assertEquals(12, related.size());
    for (JsonNode comment : related) {
      String id = comment.get("id").asText();
      assertTrue(id.matches("f-" + file + "-[0-9a-f]{8}"), id);
      JsonNode byId = get("/comments/" + id).json().get("data");
      assertEquals(comment.get("attributes"), byId.get("attributes"));
      assertEquals(sim.baseUrl() + "/comments/" + id, byId.get("links").get("self").asText());
    }
    String domain = sim.corpus().ids("domain").get(0);
    String domainComment =
        get("/domains/" + domain + "/relationships/comments")
            .json()
            .get("data")
            .get(0)
            .get("id")
            .asText();
    assertTrue(domainComment.startsWith("d-" + domain + "-"), domainComment);
    assertEquals(200, get("/comments/" + domainComment).status());
    assertError(get("/comments/f-nosuchcomment"), 404, "NotFoundError");
  }

  @Test
  void votesSubmissionsAndResolutionsById() {
    String file = sim.corpus().ids("file").get(0);
    String voteId =
        get("/files/" + file + "/relationships/votes").json().get("data").get(0).get("id").asText();
    JsonNode vote = get("/votes/" + voteId).json().get("data");
    assertEquals("vote", vote.get("type").asText());
    String verdict = vote.get("attributes").get("verdict").asText();
    int value = vote.get("attributes").get("value").asInt();
    assertTrue(verdict.equals("harmless") ? value > 0 : value < 0, vote.toString());

    String url = sim.corpus().ids("url").get(0);
    JsonNode submission = get("/urls/" + url + "/submissions?limit=1").json().get("data").get(0);
    JsonNode byId = get("/submissions/" + submission.get("id").asText()).json().get("data");
    assertEquals(submission.get("attributes"), byId.get("attributes"));
    assertTrue(
        byId.get("id")
            .asText()
            .equals("u-" + url + "-" + byId.get("attributes").get("date").asLong()));

    String domain = sim.corpus().ids("domain").get(0);
    JsonNode resolution =
        get("/domains/" + domain + "/resolutions?limit=1").json().get("data").get(0);
    JsonNode res = get("/resolutions/" + resolution.get("id").asText()).json().get("data");
    JsonNode a = res.get("attributes");
    assertEquals(
        a.get("ip_address").asText() + a.get("host_name").asText(),
        res.get("id").asText(),
        "a resolution id is ip + host name, as in the captures");
    assertEquals(domain, a.get("host_name").asText());
    assertError(get("/votes/nope"), 404, "NotFoundError");
    assertError(get("/resolutions/1.2.3.4nope.invalid"), 404, "NotFoundError");
  }

  @Test
  void analysesAreReachedFromFilesAndUrlsAndCarryTheLastAnalysis() {
    String file = sim.corpus().ids("file").get(0);
    JsonNode fileAttributes = get("/files/" + file).json().get("data").get("attributes");
    JsonNode descriptors = get("/files/" + file + "/relationships/analyses").json();
    assertEquals(1, descriptors.get("meta").get("count").asInt());
    String id = descriptors.get("data").get(0).get("id").asText();
    assertEquals("f-" + file + "-" + fileAttributes.get("last_analysis_date").asLong(), id);
    Http.Response r = get("/analyses/" + id);
    assertEquals(200, r.status());
    JsonNode analysis = r.json().get("data");
    assertEquals("analysis", analysis.get("type").asText());
    assertEquals(sim.baseUrl() + "/analyses/" + id, analysis.get("links").get("self").asText());
    JsonNode a = analysis.get("attributes");
    assertEquals(Set.of("date", "status", "stats", "results"), fieldNames(a));
    assertEquals("completed", a.get("status").asText());
    assertEquals(fileAttributes.get("last_analysis_date"), a.get("date"));
    assertEquals(fileAttributes.get("last_analysis_stats"), a.get("stats"));
    assertEquals(fileAttributes.get("last_analysis_results"), a.get("results"));
    JsonNode engine = a.get("results").elements().next();
    assertEquals(
        Set.of("category", "engine_name", "engine_version", "engine_update", "method", "result"),
        fieldNames(engine));

    String url = sim.corpus().ids("url").get(0);
    JsonNode urlAnalysis = get("/urls/" + url + "/analyses").json().get("data").get(0);
    assertTrue(urlAnalysis.get("id").asText().matches("u-" + url + "-[0-9]{10}"));
    assertEquals(
        get("/urls/" + url).json().get("data").get("attributes").get("last_analysis_results"),
        urlAnalysis.get("attributes").get("results"));
    assertError(get("/analyses/f-" + file + "-1"), 404, "NotFoundError");
  }

  @Test
  void popularThreatCategoriesIsAListOfNames() {
    JsonNode body = Http.get(sim.baseUrl() + "/popular_threat_categories", sim.publicKey()).json();
    assertEquals(Set.of("data"), fieldNames(body));
    assertTrue(body.get("data").isArray());
    List<String> names = new ArrayList<>();
    body.get("data").forEach(n -> names.add(n.asText()));
    assertTrue(
        names.containsAll(List.of("trojan", "ransomware", "downloader", "phishing")),
        names.toString());
    String category =
        sim.corpus()
            .find("file", sim.corpus().ids("file").get(0))
            .orElseThrow()
            .get("attributes")
            .get("popular_threat_classification")
            .get("popular_threat_category")
            .get(0)
            .get("value")
            .asText();
    assertTrue(names.contains(category), "the demo corpus uses listed categories");
  }

  @Test
  void requestsAreCountedUnderTheirEndpoints() {
    RequestLog log = sim.requests();
    long lists = log.count("GET /comments");
    long objects = log.count("GET /analyses/{id}");
    get("/comments?limit=1");
    get("/analyses/nope");
    assertEquals(lists + 1, log.count("GET /comments"));
    assertEquals(objects + 1, log.count("GET /analyses/{id}"));
    assertFalse(get("/comments?limit=1").json().get("data").isEmpty());
  }

  static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new HashSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
