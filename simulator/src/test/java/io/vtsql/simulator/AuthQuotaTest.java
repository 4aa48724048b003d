package io.vtsql.simulator;

import static io.vtsql.simulator.ApiEnvelopeTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthQuotaTest {

  private static final String EXTRA = "0123456789abcdef".repeat(4);
  private VtSimulator sim;

  @BeforeEach
  void start() throws Exception {
    sim =
        VtSimulator.start(
            SimulatorConfig.builder()
                .scale(200)
                .publicQuota(new Quota(4, Duration.ofSeconds(2), 6))
                .key(EXTRA, Tier.PREMIUM)
                .build());
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void demoKeysAreDerivedFromTheSeed() {
    assertEquals(DemoKeys.premium(42), sim.premiumKey());
    assertEquals(DemoKeys.publicKey(42), sim.publicKey());
    assertTrue(sim.premiumKey().matches("[0-9a-f]{64}"));
    assertTrue(sim.publicKey().matches("[0-9a-f]{64}"));
    assertFalse(sim.premiumKey().equals(DemoKeys.premium(43)));
  }

  @Test
  void missingAndWrongKeys() {
    assertError(
        Http.get(sim.baseUrl() + "/metadata", null),
        401,
        "AuthenticationRequiredError",
        "X-Apikey header is missing");
    assertError(
        Http.get(sim.baseUrl() + "/metadata", "f".repeat(64)),
        401,
        "WrongCredentialsError",
        "Wrong API key");
    Http.Response lower =
        Http.send(
            HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/metadata"))
                .header("x-apikey", EXTRA)
                .build());
    assertEquals(200, lower.status(), "header name is case-insensitive");
  }

  @Test
  void publicKeysAreForbiddenPremiumData() {
    String pub = sim.publicKey();
    String domain = sim.corpus().ids("domain").get(0);
    assertError(
        Http.get(sim.baseUrl() + "/intelligence/search?query=entity:file", pub),
        403,
        "ForbiddenError",
        "This endpoint requires a premium API key");
    assertEquals(403, Http.get(sim.baseUrl() + "/domains/" + domain + "/urls", pub).status());
    assertEquals(
        403,
        Http.get(sim.baseUrl() + "/domains/" + domain + "/relationships/downloaded_files", pub)
            .status());
    assertEquals(
        403, Http.get(sim.baseUrl() + "/domains/" + domain + "?relationships=urls", pub).status());
    assertEquals(
        200, Http.get(sim.baseUrl() + "/domains/" + domain + "/urls", sim.premiumKey()).status());
  }

  @Test
  void recordAndUrlNetworkRelationshipsArePremiumOnly() throws Exception {
    // Premium-only per the object reference pages ("VT Enterprise users only"), protocol.md §6.1.
    try (VtSimulator own =
        VtSimulator.start(SimulatorConfig.builder().scale(50).publicQuota(1000, 10000).build())) {
      String domain = own.corpus().ids("domain").get(0);
      String url = own.corpus().ids("url").get(0);
      for (String path :
          java.util.List.of(
              "/domains/" + domain + "/caa_records",
              "/domains/" + domain + "/cname_records",
              "/domains/" + domain + "/mx_records",
              "/domains/" + domain + "/ns_records",
              "/domains/" + domain + "/soa_records",
              "/urls/" + url + "/communicating_files",
              "/urls/" + url + "/contacted_domains",
              "/urls/" + url + "/contacted_ips",
              "/urls/" + url + "/referrer_files")) {
        assertEquals(403, Http.get(own.baseUrl() + path, own.publicKey()).status(), path);
        assertEquals(200, Http.get(own.baseUrl() + path, own.premiumKey()).status(), path);
      }
    }
  }

  @Test
  void publicQuotaPerWindowAndPerDay() throws Exception {
    String pub = sim.publicKey();
    String url = sim.baseUrl() + "/domains/" + sim.corpus().ids("domain").get(0);
    for (int i = 0; i < 4; i++) {
      assertEquals(200, Http.get(url, pub).status());
    }
    Http.Response limited = Http.get(url, pub);
    assertEquals(429, limited.status());
    assertEquals("QuotaExceededError", limited.json().get("error").get("code").asText());
    assertEquals(200, Http.get(url, sim.premiumKey()).status(), "premium is unlimited");
    Thread.sleep(2100);
    assertEquals(200, Http.get(url, pub).status());
    assertEquals(200, Http.get(url, pub).status());
    Thread.sleep(2100);
    Http.Response daily = Http.get(url, pub);
    assertEquals(429, daily.status(), "6 per day spent");
    assertTrue(daily.json().get("error").get("message").asText().contains("daily"));
  }

  @Test
  void requestsAreCountedPerEndpointAndKeyLabel() {
    String file = sim.corpus().ids("file").get(0);
    Http.get(sim.baseUrl() + "/files/" + file, sim.premiumKey());
    Http.get(sim.baseUrl() + "/files/" + file + "/contacted_domains", sim.premiumKey());
    Http.get(sim.baseUrl() + "/files/" + file + "/relationships/contacted_ips", EXTRA);
    Http.get(sim.baseUrl() + "/metadata", sim.publicKey());
    Http.get(sim.baseUrl() + "/metadata", null);
    RequestLog log = sim.requests();
    assertEquals(5, log.total());
    assertEquals(1, log.count("GET /files/{id}"));
    assertEquals(1, log.count("GET /files/{id}/{relationship}"));
    assertEquals(1, log.count("GET /files/{id}/relationships/{relationship}"));
    assertEquals(2, log.count("GET /metadata"));
    assertEquals(
        Map.of("premium-demo", 2L, "key-0123", 1L, "public-demo", 1L, "none", 1L), log.byKey());
    assertEquals(401, log.records().get(4).status());

    JsonNode stats = Http.get(sim.rootUrl() + "/_sim/stats", null).json();
    assertEquals(5, stats.get("total").asInt());
    assertEquals(2, stats.get("by_endpoint").get("GET /metadata").asInt());
    assertFalse(stats.toString().contains(sim.premiumKey()), "keys are never recorded");
    assertFalse(stats.toString().contains(EXTRA));
    Http.post(sim.rootUrl() + "/_sim/stats/reset", "");
    assertEquals(0, log.total());
  }
}
