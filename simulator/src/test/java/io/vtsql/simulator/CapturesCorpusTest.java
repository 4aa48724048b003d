package io.vtsql.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.vtsql.simulator.corpus.Corpus;
import io.vtsql.simulator.corpus.gen.CorpusGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Serves the real captures through {@code --corpus} and compares shapes with them. */
class CapturesCorpusTest {

  private static final String EXAMPLE_ID =
      "2a1b402420ef46577471cdc7409b0fa2c6a204db316e59ade2d805435489a067";
  private static Path captures;
  private static VtSimulator sim;

  @BeforeAll
  static void start() throws Exception {
    String dir = System.getProperty("vtsql.captures", "../../shared/vt-api/captures");
    captures = Path.of(dir);
    assumeTrue(Files.isDirectory(captures), "captures folder absent: " + captures);
    sim = VtSimulator.start(SimulatorConfig.builder().corpusDir(captures).build());
  }

  @AfterAll
  static void stop() {
    if (sim != null) {
      sim.close();
    }
  }

  private static JsonNode capturedBody(String cassette) throws Exception {
    JsonNode yml = new YAMLMapper().readTree(captures.resolve(cassette).toFile());
    return new ObjectMapper()
        .readTree(
            yml.path("http_interactions")
                .get(0)
                .path("response")
                .path("body")
                .path("string")
                .asText());
  }

  @Test
  void urlByBase64HasTheCanonicalIdAndTheCapturedAttributes() throws Exception {
    JsonNode served =
        Http.get(sim.baseUrl() + "/urls/aHR0cDovL2V4YW1wbGUuY29tLw", sim.premiumKey()).json();
    JsonNode captured = capturedBody("vx_url_get_example.com.yml");
    assertEquals(EXAMPLE_ID, served.get("data").get("id").asText());
    assertEquals(ApiEnvelopeTest.fieldNames(captured), ApiEnvelopeTest.fieldNames(served));
    assertEquals(
        ApiEnvelopeTest.fieldNames(captured.get("data")),
        ApiEnvelopeTest.fieldNames(served.get("data")));
    assertEquals(
        sim.baseUrl() + "/urls/" + EXAMPLE_ID,
        served.get("data").get("links").get("self").asText());
    assertEquals("http://example.com/", served.get("data").get("attributes").get("url").asText());
  }

  @Test
  void domainAndIpFromTheCaptures() {
    JsonNode github = Http.get(sim.baseUrl() + "/domains/github.com", sim.premiumKey()).json();
    assertEquals("github.com", github.get("data").get("id").asText());
    assertTrue(github.get("data").get("attributes").has("last_dns_records"));
    JsonNode ip = Http.get(sim.baseUrl() + "/ip_addresses/1.1.1.1", sim.premiumKey()).json();
    assertEquals("ip_address", ip.get("data").get("type").asText());
    assertEquals(13335, ip.get("data").get("attributes").get("asn").asInt());
  }

  @Test
  void recordedRelationshipsAndEmbeddedOnesAreServed() throws Exception {
    JsonNode files =
        Http.get(sim.baseUrl() + "/domains/github.com/communicating_files", sim.premiumKey())
            .json();
    JsonNode captured = capturedBody("vx_domain_communicating_files.yml");
    assertEquals(captured.get("data").size(), files.get("data").size());
    assertEquals(captured.get("data").get(0).get("id"), files.get("data").get(0).get("id"));
    assertEquals(
        sim.baseUrl() + "/domains/github.com/communicating_files?limit=10",
        files.get("links").get("self").asText());

    JsonNode location =
        Http.get(sim.baseUrl() + "/urls/" + EXAMPLE_ID + "/network_location", sim.premiumKey())
            .json();
    assertEquals(Set.of("data", "links"), ApiEnvelopeTest.fieldNames(location));

    String feedFile =
        new ObjectMapper()
            .readTree(Files.readAllLines(captures.resolve("azul_file_feed_batch.jsonl")).get(0))
            .path("id")
            .asText();
    JsonNode embedded =
        Http.get(
                sim.baseUrl() + "/files/" + feedFile + "/relationships/contacted_domains?limit=40",
                sim.premiumKey())
            .json();
    assertTrue(embedded.get("meta").get("count").asInt() > 0, embedded.toString());
  }

  @Test
  void fileByMd5FromACapture() {
    JsonNode file = sim.corpus().all("file").iterator().next();
    String md5 = file.get("attributes").get("md5").asText();
    JsonNode served = Http.get(sim.baseUrl() + "/files/" + md5, sim.premiumKey()).json();
    assertEquals(file.get("id"), served.get("data").get("id"));
  }

  @Test
  void yaraRulesetIsServedAsCapturedAndGeneratedOnesHaveItsShape() throws Exception {
    JsonNode captured =
        new ObjectMapper().readTree(captures.resolve("octi_yara_ruleset_get.json").toFile());
    JsonNode served =
        Http.get(sim.baseUrl() + "/yara_rulesets/00888403c4", sim.premiumKey()).json();
    assertEquals(ApiEnvelopeTest.fieldNames(captured), ApiEnvelopeTest.fieldNames(served));
    assertEquals(
        ApiEnvelopeTest.fieldNames(captured.get("data")),
        ApiEnvelopeTest.fieldNames(served.get("data")));
    assertEquals(captured.get("data").get("attributes"), served.get("data").get("attributes"));
    assertEquals(
        sim.baseUrl() + "/yara_rulesets/00888403c4",
        served.get("data").get("links").get("self").asText());
    Corpus generated = CorpusGenerator.generate(42, 50);
    JsonNode ruleset =
        generated.find("yara_ruleset", generated.ids("yara_ruleset").get(0)).orElseThrow();
    assertEquals(
        ApiEnvelopeTest.fieldNames(captured.get("data")), ApiEnvelopeTest.fieldNames(ruleset));
    assertEquals(
        ApiEnvelopeTest.fieldNames(captured.get("data").get("attributes")),
        ApiEnvelopeTest.fieldNames(ruleset.get("attributes")));
  }
}
