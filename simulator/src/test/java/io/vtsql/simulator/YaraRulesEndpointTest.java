package io.vtsql.simulator;

import static io.vtsql.simulator.ApiEnvelopeTest.assertError;
import static io.vtsql.simulator.ApiEnvelopeTest.fieldNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /yara_rules} (filter, order, paging) and the YARA and Sigma rule lookups. */
class YaraRulesEndpointTest {

  private static final Comparator<JsonNode> BY_ID = Comparator.comparing(r -> r.get("id").asText());

  private static VtSimulator sim;
  private static String key;
  private static List<ObjectNode> rules;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().build());
    key = sim.premiumKey();
    rules = new ArrayList<>(sim.corpus().all("yara_rule"));
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

  /** Every id a listing yields, following {@code links.next}. */
  private static List<String> all(String query) {
    List<String> ids = new ArrayList<>();
    String next = sim.baseUrl() + "/yara_rules?" + query;
    while (next != null) {
      JsonNode page = Http.get(next, key).json();
      page.get("data").forEach(r -> ids.add(r.get("id").asText()));
      assertEquals(page.get("links").has("next"), page.has("meta"));
      next = page.get("links").has("next") ? page.get("links").get("next").asText() : null;
    }
    return ids;
  }

  private static List<String> expected(Predicate<JsonNode> wanted, Comparator<JsonNode> order) {
    return rules.stream()
        .filter(r -> wanted.test(r.get("attributes")))
        .sorted(order)
        .map(r -> r.get("id").asText())
        .toList();
  }

  @Test
  void firstPageEnvelopeAndDefaultOrderById() {
    JsonNode page = get("/yara_rules").json();
    assertEquals(Set.of("data", "meta", "links"), fieldNames(page));
    assertEquals(Set.of("cursor"), fieldNames(page.get("meta")), "no count, as in the docs");
    assertEquals(10, page.get("data").size());
    assertEquals(sim.baseUrl() + "/yara_rules?limit=10", page.get("links").get("self").asText());
    assertEquals(
        sim.baseUrl()
            + "/yara_rules?cursor="
            + page.get("meta").get("cursor").asText()
            + "&limit=10",
        page.get("links").get("next").asText());
    JsonNode first = page.get("data").get(0);
    assertEquals("yara_rule", first.get("type").asText());
    assertTrue(first.get("id").asText().matches("[0-9a-f]{10}\\|\\w+"));
    for (String attribute :
        List.of(
            "name",
            "author",
            "enabled",
            "creation_date",
            "included_date",
            "last_modification_date",
            "matches",
            "meta",
            "rule",
            "tags",
            "threat_categories")) {
      assertTrue(first.get("attributes").has(attribute), attribute);
    }
    assertEquals(expected(a -> true, BY_ID), all("limit=40"));
    assertTrue(rules.size() > 40, "two pages at the maximum limit");
  }

  @Test
  void filtersSelectExactlyTheMatchingRules() {
    assertEquals(expected(a -> !a.get("enabled").asBoolean(), BY_ID), all("filter=enabled:false"));
    assertFalse(all("filter=enabled:false").isEmpty());
    assertEquals(
        expected(a -> a.get("name").asText().contains("_emotet_"), BY_ID),
        all("filter=name:emotet"));
    assertEquals(List.of(), all("filter=name:emo"), "whole words only");
    assertEquals(all("filter=name:emotet"), all("filter=emotet"), "a bare word searches names");
    assertEquals(
        expected(a -> a.get("author").asText().startsWith("Florian Roth"), BY_ID),
        all("filter=" + encode("author:\"Florian Roth\"")));
    assertEquals(
        expected(a -> a.get("tags").toString().contains("\"capabilities\""), BY_ID),
        all("filter=tag:capabilities"));
    assertEquals(
        expected(a -> a.get("threat_categories").toString().contains("\"miner\""), BY_ID),
        all("filter=threat_category:miner"));
    long pivot = rules.get(7).get("attributes").get("creation_date").asLong();
    assertEquals(
        expected(a -> a.get("creation_date").asLong() > pivot, BY_ID),
        all("filter=creation_date:" + pivot + "%2B"));
    assertEquals(
        expected(a -> a.get("creation_date").asLong() < pivot, BY_ID),
        all("filter=creation_date:" + pivot + "-"));
    assertEquals(
        expected(
            a -> a.get("creation_date").asLong() < 1_640_995_200L && a.get("enabled").asBoolean(),
            BY_ID),
        all(
            "filter="
                + encode("included_date:2010-01-01+ creation_date:2022-01-01- enabled:true")));
  }

  @Test
  void ordersSortByTheirFieldThenId() {
    Comparator<JsonNode> byMatches =
        Comparator.comparingLong(r -> r.get("attributes").get("matches").asLong());
    assertEquals(
        expected(a -> true, byMatches.reversed().thenComparing(BY_ID)),
        all("order=matches-&limit=40"));
    assertEquals(expected(a -> true, byMatches.thenComparing(BY_ID)), all("order=matches"));
    Comparator<JsonNode> byModified =
        Comparator.comparingLong(r -> r.get("attributes").get("last_modification_date").asLong());
    assertEquals(
        expected(a -> true, byModified.thenComparing(BY_ID)), all("order=modification_date%2B"));
    JsonNode page = get("/yara_rules?filter=enabled:true&order=included_date-&limit=5").json();
    assertEquals(
        sim.baseUrl() + "/yara_rules?filter=enabled%3Atrue&order=included_date-&limit=5",
        page.get("links").get("self").asText());
  }

  @Test
  void badArgumentsAre400() {
    assertError(
        get("/yara_rules?limit=41"), 400, "InvalidArgumentError", "Limit can't be larger than 40");
    assertEquals(40, get("/yara_rules?limit=40").json().get("data").size());
    assertEquals(400, get("/yara_rules?limit=0").status());
    assertEquals(400, get("/yara_rules?limit=x").status());
    assertError(
        get("/yara_rules?order=name"), 400, "InvalidArgumentError", "Invalid order \"name\"");
    assertError(
        get("/yara_rules?filter=owner:me"),
        400,
        "InvalidArgumentError",
        "Invalid filter \"owner\"");
    assertEquals(400, get("/yara_rules?filter=enabled:maybe").status());
    assertEquals(400, get("/yara_rules?filter=creation_date:yesterday").status());
    String cursor = get("/yara_rules").json().get("meta").get("cursor").asText();
    assertEquals(
        400,
        get("/yara_rules?order=matches&cursor=" + cursor).status(),
        "a cursor is only valid for its own filter and order");
  }

  @Test
  void oneRuleRulesetAndSigmaRuleById() {
    String id = rules.get(0).get("id").asText();
    JsonNode rule = get("/yara_rules/" + encode(id)).json().get("data");
    assertEquals(id, rule.get("id").asText());
    assertEquals(sim.baseUrl() + "/yara_rules/" + id, rule.get("links").get("self").asText());
    String ruleset = id.substring(0, id.indexOf('|'));
    JsonNode set = get("/yara_rulesets/" + ruleset).json();
    assertEquals(Set.of("data"), fieldNames(set));
    assertEquals("yara_ruleset", set.get("data").get("type").asText());
    assertEquals(Set.of("type", "id", "links", "attributes"), fieldNames(set.get("data")));
    assertEquals(
        Set.of("name", "rules", "source"),
        fieldNames(set.get("data").get("attributes")),
        "the attributes of capture octi_yara_ruleset_get.json");
    assertTrue(
        set.get("data")
            .get("attributes")
            .get("rules")
            .asText()
            .contains("rule " + rule.get("attributes").get("name").asText() + " {"));
    String sigmaId = sim.corpus().ids("sigma_rule").get(0);
    JsonNode sigma = get("/sigma_rules/" + sigmaId).json().get("data");
    assertEquals("sigma_rule", sigma.get("type").asText());
    for (String attribute :
        List.of(
            "title",
            "level",
            "description",
            "source",
            "status",
            "detection",
            "log_source",
            "references",
            "tags",
            "false_positives",
            "fields")) {
      assertTrue(sigma.get("attributes").has(attribute), attribute);
    }
    assertError(
        get("/yara_rulesets/0000000000"),
        404,
        "NotFoundError",
        "yara_ruleset \"0000000000\" not found");
    assertEquals(404, get("/yara_rules/" + encode("0000000000|nope")).status());
    assertEquals(404, get("/sigma_rules/" + "0".repeat(64)).status());
    sim.requests().reset();
    get("/yara_rules");
    get("/yara_rulesets/" + ruleset);
    assertEquals(1, sim.requests().count("GET /yara_rules"));
    assertEquals(1, sim.requests().count("GET /yara_rulesets/{id}"));
  }
}
