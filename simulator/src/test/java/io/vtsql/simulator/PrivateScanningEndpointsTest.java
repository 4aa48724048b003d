package io.vtsql.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Private Scanning, basic search and the Augment widget as the simulator serves them: the licence
 * (403 without it), demo_analyst's objects and nobody else's, the list grammars ({@code
 * /private/files} limit and cursor only, {@code /private/analyses} {@code order=date-} only),
 * private hashes absent from the public corpus, {@code /search} typed by its query with cursors,
 * and a widget URL without the key.
 */
class PrivateScanningEndpointsTest {
  private static final String OTHER = "another-premium-key-00000000000000";

  // public keys have 4 requests a minute: only a few calls below use one
  private static VtSimulator sim;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().scale(60).key(OTHER, Tier.PREMIUM).build());
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  private static Http.Response get(String path, String key) {
    return Http.get(sim.baseUrl() + path, key);
  }

  @Test
  void theLicenceIsRequired() {
    for (String key : new String[] {sim.basicKey(), sim.publicKey()}) {
      Http.Response r = get("/private/files", key);
      assertEquals(403, r.status(), r.body());
      assertEquals("ForbiddenError", r.json().path("error").path("code").asText());
    }
  }

  @Test
  void privateFilesPageByCursorAndAreUnshared() {
    Set<String> seen = new HashSet<>();
    String cursor = null;
    int pages = 0;
    do {
      Http.Response r =
          get(
              "/private/files?limit=5" + (cursor == null ? "" : "&cursor=" + cursor),
              sim.premiumKey());
      assertEquals(200, r.status(), r.body());
      for (JsonNode f : r.json().path("data")) {
        assertEquals("private_file", f.path("type").asText());
        assertFalse(f.path("attributes").has("last_analysis_stats"), "no antivirus verdicts");
        assertTrue(seen.add(f.path("id").asText()));
        assertTrue(sim.corpus().canonicalId("file", f.path("id").asText()).isEmpty());
        assertEquals(404, get("/files/" + f.path("id").asText(), sim.premiumKey()).status());
      }
      cursor = r.json().path("meta").path("cursor").asText(null);
      pages++;
    } while (cursor != null);
    assertEquals(12, seen.size());
    assertEquals(3, pages);
    assertEquals(400, get("/private/files?filter=tag:x", sim.premiumKey()).status());
    assertEquals(400, get("/private/files?order=date-", sim.premiumKey()).status());
  }

  @Test
  void analysesAreNewestFirstAndOnlyDateDescending() {
    Http.Response r = get("/private/analyses?order=date-&limit=40", sim.premiumKey());
    assertEquals(200, r.status(), r.body());
    long previous = Long.MAX_VALUE;
    for (JsonNode a : r.json().path("data")) {
      long date = a.path("attributes").path("date").asLong();
      assertTrue(date <= previous);
      previous = date;
      assertFalse(a.path("id").asText().contains("/"), a.path("id").asText());
    }
    assertEquals(15, r.json().path("data").size());
    assertEquals(400, get("/private/analyses?order=date%2B", sim.premiumKey()).status());
    String analysis = r.json().path("data").get(0).path("id").asText();
    Http.Response item = get("/private/analyses/" + analysis + "/item", sim.premiumKey());
    assertEquals(200, item.status(), item.body());
    assertTrue(item.json().path("data").path("type").asText().startsWith("private_"));
  }

  @Test
  void otherAccountsSeeNone() {
    Http.Response own = get("/private/files?limit=1", sim.premiumKey());
    String id = own.json().path("data").get(0).path("id").asText();
    assertEquals(0, get("/private/files", OTHER).json().path("data").size());
    assertEquals(404, get("/private/files/" + id, OTHER).status());
    assertEquals(200, get("/private/files/" + id, sim.premiumKey()).status());
    assertEquals(200, get("/private/file/" + id + "/behaviours", sim.premiumKey()).status());
  }

  @Test
  void basicSearchIsTypedByItsQueryForAnyKey() {
    String file = sim.corpus().ids("file").get(0);
    Http.Response hash = get("/search?query=" + file, sim.publicKey());
    assertEquals(200, hash.status(), hash.body());
    assertEquals("file", hash.json().path("data").get(0).path("type").asText());
    String domain = sim.corpus().ids("domain").get(0);
    assertEquals(
        "domain",
        get("/search?query=" + domain, sim.premiumKey())
            .json()
            .path("data")
            .get(0)
            .path("type")
            .asText());
    Http.Response tag = get("/search?query=phishing", sim.premiumKey());
    assertEquals(200, tag.status(), tag.body());
    assertTrue(tag.json().path("data").size() > 0);
    for (JsonNode c : tag.json().path("data")) {
      assertEquals("comment", c.path("type").asText());
    }
    String cursor = tag.json().path("meta").path("cursor").asText(null);
    if (cursor != null) {
      Http.Response next =
          get(
              "/search?query=phishing&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8),
              sim.premiumKey());
      assertEquals(200, next.status(), next.body());
      assertEquals(400, get("/search?query=c2&cursor=" + cursor, sim.premiumKey()).status());
    }
    assertEquals(400, get("/search", sim.premiumKey()).status());
  }

  @Test
  void widgetUrlNeverCarriesTheKey() {
    String file = sim.corpus().ids("file").get(0);
    Http.Response r = get("/widget/url?query=" + file, sim.publicKey());
    assertEquals(200, r.status(), r.body());
    String url = r.json().path("data").path("url").asText();
    assertTrue(url.startsWith("https://www.virustotal.com/ui/widget/html/"), url);
    assertFalse(url.contains(sim.publicKey()));
    assertTrue(r.json().path("data").path("detection_ratio").has("detections"));
    assertEquals(404, get("/widget/url?query=nobody.example", sim.publicKey()).status());
  }
}
