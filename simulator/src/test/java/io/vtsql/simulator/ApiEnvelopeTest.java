package io.vtsql.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApiEnvelopeTest {

  private static VtSimulator sim;
  private static String key;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().build());
    key = sim.premiumKey();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  private static Http.Response get(String path) {
    return Http.get(sim.baseUrl() + path, key);
  }

  @Test
  void fileByEachHashHasTheCanonicalIdAndHeaders() {
    JsonNode file = sim.corpus().all("file").iterator().next();
    String sha256 = file.get("id").asText();
    for (String hash : new String[] {"md5", "sha1", "sha256"}) {
      Http.Response r = get("/files/" + file.get("attributes").get(hash).asText());
      assertEquals(200, r.status());
      assertEquals(
          "application/json; charset=utf-8", r.headers().firstValue("content-type").orElseThrow());
      assertEquals("no-cache", r.headers().firstValue("cache-control").orElseThrow());
      JsonNode data = r.json().get("data");
      assertEquals(Set.of("data"), fieldNames(r.json()));
      assertEquals(Set.of("type", "id", "links", "attributes"), fieldNames(data));
      assertEquals(sha256, data.get("id").asText());
      assertEquals(sim.baseUrl() + "/files/" + sha256, data.get("links").get("self").asText());
    }
    assertTrue(
        get("/files/" + sha256).body().startsWith("{\n    \"data\": {\n        \""),
        "4-space indent and \"key\": value spacing, as VirusTotal writes them");
  }

  @Test
  void urlByBase64AndSha256() {
    JsonNode url = sim.corpus().all("url").iterator().next();
    String b64 =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                url.get("attributes").get("url").asText().getBytes(StandardCharsets.UTF_8));
    JsonNode byB64 = get("/urls/" + b64).json().get("data");
    assertEquals(url.get("id").asText(), byB64.get("id").asText());
    assertEquals(byB64, get("/urls/" + url.get("id").asText()).json().get("data"));
    assertEquals(404, get("/urls/" + b64 + "==").status(), "padded base64 is not accepted");
  }

  @Test
  void notFoundMessages() {
    assertError(
        get("/files/" + "ab".repeat(32)),
        404,
        "NotFoundError",
        "File \"" + "ab".repeat(32) + "\" not found");
    assertError(get("/urls/nosuchurl"), 404, "NotFoundError", "URL \"nosuchurl\" not found");
    assertError(
        get("/domains/nope.invalid"), 404, "NotFoundError", "Domain \"nope.invalid\" not found");
    assertError(
        get("/ip_addresses/10.9.8.7"), 404, "NotFoundError", "IpAddress \"10.9.8.7\" not found");
    String domain = sim.corpus().ids("domain").get(0);
    assertEquals(
        "NotFoundError",
        get("/domains/" + domain + "/no_such_relationship")
            .json()
            .get("error")
            .get("code")
            .asText());
  }

  @Test
  void limitErrorsMatchTheCapture() {
    String domain = sim.corpus().ids("domain").get(1);
    Http.Response r = get("/domains/" + domain + "/subdomains?limit=1000");
    assertEquals(400, r.status());
    assertEquals(
        Http.JSON
            .createObjectNode()
            .set(
                "error",
                Http.JSON
                    .createObjectNode()
                    .put("code", "BadRequestError")
                    .put("message", "Limit can't be larger than 40")),
        r.json());
    assertEquals(400, get("/domains/" + domain + "/subdomains?limit=0").status());
    assertEquals(400, get("/domains/" + domain + "/subdomains?limit=abc").status());
    assertEquals(400, get("/domains/" + domain + "/subdomains?cursor=garbage").status());
  }

  @Test
  void pagingYieldsEveryChildOnceAndCountIsTheTotal() {
    String domain = sim.corpus().ids("domain").get(0);
    List<String> expected =
        sim.corpus().related("domain", domain, "communicating_files").stream()
            .map(d -> d.get("id").asText())
            .toList();
    assertEquals(250, expected.size());
    List<String> seen = new ArrayList<>();
    String next = sim.baseUrl() + "/domains/" + domain + "/communicating_files?limit=40";
    int pages = 0;
    while (next != null) {
      JsonNode page = Http.get(next, key).json();
      pages++;
      assertEquals(250, page.get("meta").get("count").asInt());
      page.get("data")
          .forEach(
              o -> {
                seen.add(o.get("id").asText());
                assertEquals("file", o.get("type").asText());
                assertTrue(o.get("attributes").has("sha256"));
              });
      boolean more = page.get("links").has("next");
      assertEquals(more, page.get("meta").has("cursor"));
      next = more ? page.get("links").get("next").asText() : null;
    }
    assertEquals(7, pages);
    assertEquals(expected, seen);
    assertEquals(250, new HashSet<>(seen).size());
  }

  @Test
  void firstPageLinksEchoTheEffectiveLimit() {
    String domain = sim.corpus().ids("domain").get(0);
    JsonNode page = get("/domains/" + domain + "/resolutions").json();
    assertEquals(
        sim.baseUrl() + "/domains/" + domain + "/resolutions?limit=10",
        page.get("links").get("self").asText());
    assertEquals(10, page.get("data").size());
    assertEquals("resolution", page.get("data").get(0).get("type").asText());
    String cursor = page.get("meta").get("cursor").asText();
    assertEquals(
        400,
        get("/domains/" + domain + "/comments?cursor=" + cursor).status(),
        "a cursor is only valid for its own endpoint");
  }

  @Test
  void descriptorEndpointAndEmptyAndOneToOne() {
    String fileId = sim.corpus().ids("file").get(0);
    JsonNode desc = get("/files/" + fileId + "/relationships/dropped_files?limit=5").json();
    assertEquals(Set.of("type", "id"), fieldNames(desc.get("data").get(0)));
    assertEquals(
        sim.baseUrl() + "/files/" + fileId + "/dropped_files",
        desc.get("links").get("related").asText());
    assertEquals(45, desc.get("meta").get("count").asInt());

    JsonNode url = sim.corpus().all("url").iterator().next();
    JsonNode location = get("/urls/" + url.get("id").asText() + "/network_location").json();
    assertEquals(Set.of("data", "links"), fieldNames(location));
    assertEquals("domain", location.get("data").get("type").asText());
    assertTrue(location.get("data").has("attributes"));

    String ip = sim.corpus().ids("ip_address").get(5);
    JsonNode empty = get("/ip_addresses/" + ip + "/graphs").json();
    assertEquals(0, empty.get("data").size());
    assertEquals(0, empty.get("meta").get("count").asInt());
    assertFalse(empty.get("links").has("next"));

    JsonNode urls =
        get("/domains/" + sim.corpus().ids("domain").get(0) + "/relationships/urls?limit=2").json();
    assertTrue(
        urls.get("data").get(0).get("context_attributes").get("url").asText().startsWith("http"));
  }

  @Test
  void embeddedRelationshipsUsePagesOf20() {
    String domain = sim.corpus().ids("domain").get(0);
    JsonNode rels =
        get("/domains/" + domain + "?relationships=communicating_files,parent")
            .json()
            .get("data")
            .get("relationships");
    JsonNode files = rels.get("communicating_files");
    assertEquals(20, files.get("data").size());
    assertEquals(
        sim.baseUrl() + "/domains/" + domain + "/relationships/communicating_files?limit=20",
        files.get("links").get("self").asText());
    assertTrue(files.get("meta").has("cursor"));
    JsonNode second = Http.get(files.get("links").get("next").asText(), key).json();
    assertEquals(
        sim.corpus().related("domain", domain, "communicating_files").get(20).get("id").asText(),
        second.get("data").get(0).get("id").asText());
    assertTrue(rels.get("parent").get("data").isNull());
  }

  @Test
  void metadataListsTheCatalogue() {
    JsonNode data = get("/metadata").json().get("data");
    assertTrue(data.has("engines"));
    assertTrue(data.get("privileges").isArray());
    for (String type : new String[] {"file", "url", "domain", "ip_address"}) {
      JsonNode list = data.get("relationships").get(type);
      assertEquals(sim.corpus().catalogue().relationships(type).size(), list.size());
      list.forEach(r -> assertTrue(r.has("name") && r.has("description")));
    }
  }

  @Test
  void intelligenceSearchPagesAndValidates() {
    JsonNode page = get("/intelligence/search?query=entity:domain&limit=100").json();
    assertEquals(300, page.get("meta").get("total_hits").asInt());
    assertEquals(100, page.get("data").size());
    assertTrue(page.get("meta").has("allowed_orders") && page.get("meta").has("days_back"));
    assertEquals(
        sim.baseUrl() + "/intelligence/search?query=entity%3Adomain&limit=100",
        page.get("links").get("self").asText());
    Set<String> ids = new HashSet<>();
    String next = sim.baseUrl() + "/intelligence/search?query=entity%3Adomain&limit=100";
    while (next != null) {
      JsonNode p = Http.get(next, key).json();
      p.get("data").forEach(d -> ids.add(d.get("id").asText()));
      next = p.get("links").has("next") ? p.get("links").get("next").asText() : null;
    }
    assertEquals(300, ids.size());
    JsonNode desc = get("/intelligence/search?query=entity%3Aip&descriptors_only=true").json();
    assertFalse(desc.get("data").get(0).has("attributes"));
    assertEquals("ip_address", desc.get("data").get(0).get("type").asText());
    assertError(
        get("/intelligence/search?query=entity:file&limit=301"),
        400,
        "BadRequestError",
        "Limit can't be larger than 300");
    assertEquals(400, get("/intelligence/search").status());
    JsonNode spaced =
        get("/intelligence/search?query=entity%3Afile%20type%3Apeexe&order=size-").json();
    assertEquals(
        sim.baseUrl() + "/intelligence/search?query=entity%3Afile+type%3Apeexe" + "&order=size-",
        spaced.get("links").get("self").asText());
    assertTrue(
        spaced
            .get("links")
            .get("next")
            .asText()
            .endsWith("&cursor=" + spaced.get("meta").get("cursor").asText()));
    spaced
        .get("data")
        .forEach(f -> assertEquals("peexe", f.get("attributes").get("type_tag").asText()));
  }

  static void assertError(Http.Response r, int status, String code, String message) {
    assertEquals(status, r.status(), r.body());
    assertEquals(code, r.json().get("error").get("code").asText());
    assertEquals(message, r.json().get("error").get("message").asText());
  }

  static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new HashSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
