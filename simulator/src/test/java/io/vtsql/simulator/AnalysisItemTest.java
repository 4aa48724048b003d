package io.vtsql.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** An analysis names the file or URL it analysed as its one-to-one {@code item}. */
class AnalysisItemTest {

  @Test
  void itemIsTheAnalysedObjectAndListedInMetadata() throws Exception {
    try (VtSimulator sim = VtSimulator.start(SimulatorConfig.builder().scale(40).build())) {
      String file = sim.corpus().ids("file").get(0);
      String url = sim.corpus().ids("url").get(0);
      for (String[] owner : new String[][] {{"files", "file", file}, {"urls", "url", url}}) {
        Http.Response analyses =
            Http.get(
                sim.baseUrl() + "/" + owner[0] + "/" + owner[2] + "/analyses", sim.premiumKey());
        assertEquals(200, analyses.status(), analyses.body());
        String analysis = analyses.json().get("data").get(0).get("id").asText();
        Http.Response item =
            Http.get(sim.baseUrl() + "/analyses/" + analysis + "/item", sim.premiumKey());
        assertEquals(200, item.status(), item.body());
        assertEquals(owner[1], item.json().get("data").get("type").asText());
        assertEquals(owner[2], item.json().get("data").get("id").asText());
        Http.Response descriptor =
            Http.get(
                sim.baseUrl() + "/analyses/" + analysis + "/relationships/item", sim.publicKey());
        assertEquals(owner[2], descriptor.json().get("data").get("id").asText(), descriptor.body());
      }
      JsonNode listed =
          Http.get(sim.baseUrl() + "/metadata", sim.premiumKey())
              .json()
              .get("data")
              .get("relationships")
              .get("analysis")
              .get(0);
      assertEquals("item", listed.get("name").asText());
      assertEquals("one", listed.get("cardinality").asText());
      assertEquals(2, listed.get("target_types").size());
    }
  }
}
