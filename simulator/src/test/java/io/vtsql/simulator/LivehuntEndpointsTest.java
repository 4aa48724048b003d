package io.vtsql.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Livehunt routes: rulesets (list, object, owner and editors), notifications with {@code
 * count_limit}, notification files with their context, the IoC stream with {@code
 * descriptors_only}; filters, orders, cursors and the 40-item page maximum; 403 without the
 * Livehunt licence; nothing for accounts that own no rulesets.
 */
class LivehuntEndpointsTest {

  private static final String OTHER = "livehunt-endpoints-other-premium-key";
  private static VtSimulator sim;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().key(OTHER, Tier.PREMIUM).build());
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  private static Http.Response get(String path, String key) {
    return Http.get(sim.baseUrl() + path, key);
  }

  private static JsonNode ok(String path) {
    Http.Response r = get(path, sim.premiumKey());
    assertEquals(200, r.status(), path + " " + r.body());
    return r.json();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Every item a listing yields, following {@code links.next}. */
  private static List<JsonNode> all(String pathAndQuery) {
    List<JsonNode> items = new ArrayList<>();
    String next = sim.baseUrl() + pathAndQuery;
    while (next != null) {
      JsonNode page = Http.get(next, sim.premiumKey()).json();
      page.get("data").forEach(items::add);
      next = page.get("links").has("next") ? page.get("links").get("next").asText() : null;
    }
    return items;
  }

  @Test
  void rulesetsAreListedFilteredOrderedAndReadById() {
    List<JsonNode> rulesets = all("/intelligence/hunting_rulesets?limit=2");
    assertEquals(5, rulesets.size());
    rulesets.forEach(r -> assertEquals("hunting_ruleset", r.get("type").asText()));
    JsonNode a = rulesets.get(0).get("attributes");
    for (String attribute :
        List.of(
            "name",
            "enabled",
            "limit",
            "rules",
            "notification_emails",
            "match_object_type",
            "creation_date",
            "modification_date",
            "number_of_rules",
            "tags")) {
      assertTrue(a.has(attribute), attribute);
    }
    List<JsonNode> disabled = all("/intelligence/hunting_rulesets?filter=enabled:false");
    assertEquals(List.of("packed_pe"), names(disabled));
    List<JsonNode> phishing =
        all(
            "/intelligence/hunting_rulesets?filter="
                + encode("tag:phishing name:_")
                + "&order=name");
    assertEquals(List.of("credential_urls", "phishing_hosts"), names(phishing));
    assertEquals(
        List.of("phishing_hosts", "credential_urls"),
        names(all("/intelligence/hunting_rulesets?filter=tag:phishing&order=creation_date-")));
    assertEquals(
        List.of("phishing_hosts"),
        names(all("/intelligence/hunting_rulesets?filter=" + encode("rules:vt.net.domain"))));
    String id = rulesets.get(0).get("id").asText();
    JsonNode one = ok("/intelligence/hunting_rulesets/" + id).get("data");
    assertEquals(id, one.get("id").asText());
    assertTrue(
        one.get("links").get("self").asText().endsWith("/intelligence/hunting_rulesets/" + id));
    assertEquals(404, get("/intelligence/hunting_rulesets/123", sim.premiumKey()).status());
    assertEquals(
        400, get("/intelligence/hunting_rulesets?filter=owner:x", sim.premiumKey()).status());
    assertEquals(
        400,
        get("/intelligence/hunting_rulesets?order=number_of_rules", sim.premiumKey()).status());
  }

  @Test
  void ownerAndEditorsAreRelationships() {
    String id =
        all("/intelligence/hunting_rulesets?filter=name:emotet_loaders").get(0).get("id").asText();
    JsonNode owner = ok("/intelligence/hunting_rulesets/" + id + "/owner");
    assertEquals("user", owner.get("data").get("type").asText());
    assertEquals("demo_analyst", owner.get("data").get("id").asText());
    assertTrue(owner.get("data").has("attributes"));
    JsonNode descriptor = ok("/intelligence/hunting_rulesets/" + id + "/relationships/owner");
    assertFalse(descriptor.get("data").has("attributes"));
    JsonNode editors = ok("/intelligence/hunting_rulesets/" + id + "/relationships/editors");
    assertEquals(2, editors.get("data").size());
    assertEquals("group", editors.get("data").get(1).get("type").asText());
    JsonNode firstEditor = ok("/intelligence/hunting_rulesets/" + id + "/editors?limit=1");
    assertEquals(1, firstEditor.get("data").size());
    assertTrue(firstEditor.get("links").has("next"));
    assertEquals(
        404, get("/intelligence/hunting_rulesets/" + id + "/viewers", sim.premiumKey()).status());
  }

  @Test
  void notificationsCountFilterAndOrder() {
    JsonNode page = ok("/intelligence/hunting_notifications?limit=3&count_limit=5");
    assertEquals(3, page.get("data").size());
    assertEquals(5, page.get("meta").get("count").asInt());
    assertTrue(page.get("meta").has("cursor"));
    List<JsonNode> notifications = all("/intelligence/hunting_notifications?limit=40");
    assertEquals(
        notifications.size(),
        ok("/intelligence/hunting_notifications?limit=1").get("meta").get("count").asInt());
    long previous = Long.MAX_VALUE;
    for (JsonNode n : notifications) {
      long date = n.get("attributes").get("date").asLong();
      assertTrue(date <= previous, "newest first");
      previous = date;
    }
    assertTrue(
        previous < Instant.now().getEpochSecond() - 86_400,
        "the oldest notification is more than a day old");
    long newest = notifications.get(0).get("attributes").get("date").asLong();
    assertTrue(newest > Instant.now().getEpochSecond() - 3_600, "a notification within the hour");
    List<JsonNode> ascending =
        all("/intelligence/hunting_notifications?filter=tag:ransom_notes&order=date%2B");
    assertFalse(ascending.isEmpty());
    ascending.forEach(
        n -> assertTrue(strings(n.get("attributes").get("tags")).contains("ransom_notes")));
    assertTrue(
        ascending.get(0).get("attributes").get("date").asLong()
            <= ascending.get(ascending.size() - 1).get("attributes").get("date").asLong());
    assertEquals(
        notifications.size(),
        all("/intelligence/hunting_notifications?filter=date:1d-").size()
            + all("/intelligence/hunting_notifications?filter=date:1d%2B").size());
    String id = notifications.get(0).get("id").asText();
    assertEquals(
        id, ok("/intelligence/hunting_notifications/" + id).get("data").get("id").asText());
    assertEquals(
        400,
        get("/intelligence/hunting_notifications?count_limit=10001", sim.premiumKey()).status());
  }

  @Test
  void notificationFilesAreCorpusFilesWithTheirNotification() {
    List<JsonNode> files = all("/intelligence/hunting_notification_files?limit=40");
    assertFalse(files.isEmpty());
    for (JsonNode f : files) {
      assertEquals("file", f.get("type").asText());
      assertTrue(sim.corpus().find("file", f.get("id").asText()).isPresent());
      JsonNode c = f.get("context_attributes");
      for (String attribute :
          List.of(
              "notification_id",
              "notification_date",
              "rule_name",
              "ruleset_id",
              "ruleset_name",
              "notification_tags",
              "notification_snippet",
              "notification_source_key",
              "match_in_subfile",
              "rule_tags")) {
        assertTrue(c.has(attribute), attribute);
      }
      assertTrue(strings(c.get("notification_tags")).contains(f.get("id").asText()));
    }
    assertEquals(
        400,
        get("/intelligence/hunting_notification_files?order=date-", sim.premiumKey()).status());
  }

  @Test
  void theIocStreamMixesEntityTypesAndGivesDescriptorsOnRequest() {
    List<JsonNode> stream = all("/ioc_stream?limit=40");
    Set<String> types = new HashSet<>();
    stream.forEach(o -> types.add(o.get("type").asText()));
    assertEquals(Set.of("file", "url", "domain"), types);
    JsonNode first = ok("/ioc_stream?limit=1");
    assertEquals(stream.size(), first.get("meta").get("count").asInt());
    JsonNode c = first.get("data").get(0).get("context_attributes");
    assertEquals("hunting", c.get("origin").asText());
    assertEquals("hunting_ruleset", c.get("sources").get(0).get("type").asText());
    assertTrue(c.get("hunting_info").has("rule_name"));
    List<JsonNode> domains = all("/ioc_stream?filter=entity_type:domain&order=date%2B");
    assertFalse(domains.isEmpty());
    domains.forEach(d -> assertEquals("domain", d.get("type").asText()));
    String rulesetId = c.get("sources").get(0).get("id").asText();
    all("/ioc_stream?filter=" + encode("source_id:" + rulesetId + " origin:hunting"))
        .forEach(
            o ->
                assertEquals(
                    rulesetId,
                    o.get("context_attributes").get("sources").get(0).get("id").asText()));
    JsonNode descriptors = ok("/ioc_stream?limit=5&descriptors_only=true");
    descriptors
        .get("data")
        .forEach(
            d -> {
              assertFalse(d.has("attributes"));
              assertTrue(d.has("id") && d.has("type"));
            });
    Http.Response tooMany = get("/ioc_stream?limit=41", sim.premiumKey());
    assertEquals(400, tooMany.status());
    assertEquals("BadRequestError", tooMany.json().get("error").get("code").asText());
    assertEquals(
        "Limit can't be larger than 40", tooMany.json().get("error").get("message").asText());
  }

  @Test
  void livehuntNeedsTheLicenceAndOthersOwnNothing() {
    for (String path :
        List.of(
            "/intelligence/hunting_rulesets",
            "/intelligence/hunting_notifications",
            "/intelligence/hunting_notification_files",
            "/ioc_stream")) {
      Http.Response basic = get(path, sim.basicKey());
      assertEquals(403, basic.status(), path);
      assertEquals("ForbiddenError", basic.json().get("error").get("code").asText());
      assertEquals(403, get(path, sim.publicKey()).status(), path);
      Http.Response other = get(path, OTHER);
      assertEquals(200, other.status(), path);
      assertEquals(0, other.json().get("data").size(), path);
    }
  }

  private static List<String> names(List<JsonNode> rulesets) {
    return rulesets.stream().map(r -> r.get("attributes").get("name").asText()).toList();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }
}
