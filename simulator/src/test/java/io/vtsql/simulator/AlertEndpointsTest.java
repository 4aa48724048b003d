package io.vtsql.simulator;

import static io.vtsql.simulator.ApiEnvelopeTest.assertError;
import static io.vtsql.simulator.ApiEnvelopeTest.fieldNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.gen.AlertData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * VT Alerts: watchlist assets and notifications in the documented envelopes, paged by limit and
 * cursor, no filter or order, 403 for public keys and nothing for other accounts.
 */
class AlertEndpointsTest {
  private static VtSimulator sim;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().key("other-premium", Tier.PREMIUM).build());
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  private static Http.Response get(String path) {
    return Http.get(sim.baseUrl() + path, sim.premiumKey());
  }

  /** Every id a listing yields, following {@code links.next}. */
  private static List<String> all(String url) {
    List<String> ids = new ArrayList<>();
    String next = url;
    while (next != null) {
      JsonNode page = Http.get(next, sim.premiumKey()).json();
      page.get("data").forEach(o -> ids.add(o.get("id").asText()));
      next = page.get("links").has("next") ? page.get("links").get("next").asText() : null;
    }
    return ids;
  }

  @Test
  void assetsAreDomainsRangesAndABrand() {
    List<ObjectNode> assets = AlertData.assets(sim.corpus());
    assertEquals(6, assets.size());
    JsonNode page = get("/alerts/assets").json();
    assertEquals(Set.of("data", "links"), fieldNames(page));
    JsonNode first = page.get("data").get(0);
    assertEquals("alerting_asset", first.get("type").asText());
    assertEquals("domain", first.at("/attributes/asset_type").asText());
    assertTrue(sim.corpus().find("domain", first.at("/attributes/value").asText()).isPresent());
    assertEquals(
        sim.baseUrl() + "/alerts/assets/" + first.get("id").asText(),
        first.at("/links/self").asText());
    JsonNode brand = page.get("data").get(5);
    assertEquals("brand", brand.at("/attributes/asset_type").asText());
    assertTrue(brand.at("/attributes/asset_info/brand/favicons").size() == 1);
    assertTrue(page.get("data").get(3).at("/attributes/value").asText().endsWith(".0/24"));
    assertEquals(
        assets.stream().map(a -> a.get("id").asText()).toList(),
        all(sim.baseUrl() + "/alerts/assets?limit=4"));
  }

  @Test
  void notificationsAreNewestFirstAndPaged() {
    List<ObjectNode> notifications = AlertData.notifications(sim.corpus());
    assertTrue(notifications.size() > 40, "notifications: " + notifications.size());
    List<String> ids = all(sim.baseUrl() + "/alerts/notifications?limit=3");
    assertEquals(notifications.stream().map(n -> n.get("id").asText()).toList(), ids);
    JsonNode page = get("/alerts/notifications?limit=40").json();
    assertTrue(page.at("/links/next").asText().contains("cursor="));
    assertEquals(40, page.get("data").size());
    Instant previous = Instant.MAX;
    for (JsonNode n : page.get("data")) {
      assertEquals("alerting_notification", n.get("type").asText());
      Instant created = Instant.parse(n.at("/attributes/created").asText());
      assertTrue(created.isBefore(previous), n.toString());
      previous = created;
      assertTrue(
          Set.of("info", "low", "medium", "high")
              .contains(n.at("/attributes/event_severity").asText()));
      assertTrue(n.at("/attributes/event_message_json/timestamp/seconds").isTextual());
    }
    assertTrue(
        notifications.stream()
            .anyMatch(
                n ->
                    !n.at("/attributes/is_read").asBoolean()
                        && n.at("/attributes/event_severity").asText().equals("high")),
        "no unread high-severity notification");
  }

  @Test
  void noFilterOrderOrLookupIsDocumented() {
    assertEquals(400, get("/alerts/notifications?filter=event_severity:high").status());
    assertEquals(400, get("/alerts/assets?order=creation_date-").status());
    assertEquals(400, get("/alerts/assets?limit=41").status());
    assertEquals(404, get("/alerts/assets/1001").status());
    assertEquals(404, get("/alerts/rules").status());
  }

  @Test
  void publicKeysAreRefusedAndOtherAccountsSeeNothing() {
    for (String path : List.of("/alerts/assets", "/alerts/notifications")) {
      assertError(
          Http.get(sim.baseUrl() + path, sim.publicKey()),
          403,
          "ForbiddenError",
          "You are not authorized to perform the requested operation");
      assertEquals(0, Http.get(sim.baseUrl() + path, "other-premium").json().get("data").size());
      assertEquals(0, Http.get(sim.baseUrl() + path, sim.basicKey()).json().get("data").size());
    }
  }
}
