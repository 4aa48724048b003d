package io.vtsql.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulator's writes over raw HTTP: the captures' shapes, a second vote's 409, per-account
 * state (another key does not see what one wrote), and an analysis that goes from queued to
 * completed at the configured pace.
 */
class WriteEndpointsTest {
  private static VtSimulator sim;

  @BeforeAll
  static void start() throws Exception {
    sim =
        VtSimulator.start(
            SimulatorConfig.builder()
                .scale(200)
                .analysisPace(new AnalysisPace(Duration.ofMillis(100), Duration.ofMillis(100)))
                .build());
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  private static Http.Response send(String method, String path, String key, String body) {
    return Http.send(
        HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
            .header("x-apikey", key)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  @Test
  void voteTwiceIsAConflictAndVotesArePerAccount() {
    String file = sim.corpus().ids("file").get(0);
    String vote = "{\"data\":{\"type\":\"vote\",\"attributes\":{\"verdict\":\"harmless\"}}}";
    Http.Response first = send("POST", "/files/" + file + "/votes", sim.premiumKey(), vote);
    assertEquals(200, first.status(), first.body());
    JsonNode data = first.json().get("data");
    assertEquals("vote", data.get("type").asText());
    assertEquals(1, data.at("/attributes/value").asInt());
    assertTrue(data.at("/links/self").isNull());
    Http.Response second = send("POST", "/files/" + file + "/votes", sim.premiumKey(), vote);
    assertEquals(409, second.status());
    assertEquals("AlreadyExistsError", second.json().at("/error/code").asText());
    // another account has not voted yet
    assertEquals(200, send("POST", "/files/" + file + "/votes", sim.basicKey(), vote).status());
    Http.Response unknown =
        send("POST", "/urls/aHR0cDovL2V4YW1wbGUuY29tLw/votes", sim.premiumKey(), vote);
    assertEquals(404, unknown.status());
    assertEquals(
        "Item \"aHR0cDovL2V4YW1wbGUuY29tLw\" type \"URL\" not found",
        unknown.json().at("/error/message").asText());
  }

  @Test
  void commentIsReadBackByItsAuthorOnly() {
    String domain = sim.corpus().ids("domain").get(0);
    String body = "{\"data\":{\"type\":\"comment\",\"attributes\":{\"text\":\"c2 #apt\"}}}";
    Http.Response posted = send("POST", "/domains/" + domain + "/comments", sim.premiumKey(), body);
    String id = posted.json().at("/data/id").asText();
    assertTrue(id.startsWith("d-" + domain + "-"), id);
    assertEquals("apt", posted.json().at("/data/attributes/tags/0").asText());
    assertEquals(200, Http.get(sim.baseUrl() + "/comments/" + id, sim.premiumKey()).status());
    assertEquals(404, Http.get(sim.baseUrl() + "/comments/" + id, sim.basicKey()).status());
    Http.Response deleted = send("DELETE", "/comments/" + id, sim.premiumKey(), "");
    assertEquals(200, deleted.status());
    assertEquals("", deleted.body());
    assertEquals(404, Http.get(sim.baseUrl() + "/comments/" + id, sim.premiumKey()).status());
  }

  @Test
  void analysisProgressesAtThePace() throws Exception {
    Http.Response submitted =
        Http.send(
            HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/urls"))
                .header("x-apikey", sim.premiumKey())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("url=http%3A%2F%2Fnew.example%2F"))
                .build());
    String id = submitted.json().at("/data/id").asText();
    assertEquals("analysis", submitted.json().at("/data/type").asText());
    assertEquals(
        "queued",
        Http.get(sim.baseUrl() + "/analyses/" + id, sim.premiumKey())
            .json()
            .at("/data/attributes/status")
            .asText());
    Thread.sleep(250);
    JsonNode done = Http.get(sim.baseUrl() + "/analyses/" + id, sim.premiumKey()).json();
    assertEquals("completed", done.at("/data/attributes/status").asText());
    assertEquals("http://new.example/", done.at("/meta/url_info/url").asText());
    assertTrue(done.at("/data/attributes/results").size() > 0);
  }
}
