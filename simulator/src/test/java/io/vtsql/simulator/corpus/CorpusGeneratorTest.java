package io.vtsql.simulator.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.gen.CorpusGenerator;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

  private static final Corpus CORPUS = CorpusGenerator.generate(42, 2000);

  @Test
  void defaultSizes() {
    assertEquals(2000, CORPUS.ids("file").size());
    assertEquals(500, CORPUS.ids("url").size());
    assertEquals(300, CORPUS.ids("domain").size());
    assertEquals(300, CORPUS.ids("ip_address").size());
  }

  @Test
  void sameSeedSameCorpusOtherSeedOtherCorpus() {
    Corpus again = CorpusGenerator.generate(42, 2000);
    for (String type : List.of("file", "url", "domain", "ip_address", "resolution", "comment")) {
      assertEquals(CORPUS.ids(type), again.ids(type), type);
    }
    for (int i : new int[] {0, 17, 1999}) {
      String id = CORPUS.ids("file").get(i);
      assertEquals(CORPUS.find("file", id).orElseThrow(), again.find("file", id).orElseThrow());
    }
    String domain = CORPUS.ids("domain").get(5);
    assertEquals(CORPUS.find("domain", domain), again.find("domain", domain));
    assertEquals(
        CORPUS.related("domain", domain, "resolutions"),
        again.related("domain", domain, "resolutions"));
    assertNotEquals(CORPUS.ids("file"), CorpusGenerator.generate(43, 2000).ids("file"));
  }

  @Test
  void hashesAreDigestsOfTheSameBytesAndEachFindsTheFile() throws Exception {
    for (int i = 0; i < 50; i++) {
      byte[] bytes = CorpusGenerator.fileBytes(42, i);
      ObjectNode file = (ObjectNode) CORPUS.all("file").stream().skip(i).findFirst().orElseThrow();
      JsonNode a = file.get("attributes");
      assertEquals(digest("MD5", bytes), a.get("md5").asText());
      assertEquals(digest("SHA-1", bytes), a.get("sha1").asText());
      assertEquals(digest("SHA-256", bytes), a.get("sha256").asText());
      assertEquals(file.get("id").asText(), a.get("sha256").asText());
      for (String hash : new String[] {"md5", "sha1", "sha256"}) {
        assertEquals(
            file.get("id").asText(),
            CORPUS.find("file", a.get(hash).asText()).orElseThrow().get("id").asText());
      }
    }
  }

  @Test
  void statsEqualPerEngineCategoriesForEveryObject() {
    for (String type : List.of("file", "url", "domain", "ip_address")) {
      for (ObjectNode object : CORPUS.all(type)) {
        JsonNode a = object.get("attributes");
        Map<String, Integer> counted = new HashMap<>();
        a.get("last_analysis_results")
            .forEach(r -> counted.merge(r.get("category").asText(), 1, Integer::sum));
        a.get("last_analysis_stats")
            .fields()
            .forEachRemaining(
                e ->
                    assertEquals(
                        e.getValue().asInt(),
                        counted.getOrDefault(e.getKey(), 0),
                        type + " " + object.get("id") + " " + e.getKey()));
        assertTrue(a.get("last_analysis_results").size() >= 70, type);
        counted.keySet().forEach(k -> assertTrue(a.get("last_analysis_stats").has(k), k));
      }
    }
  }

  @Test
  void relationshipsAgreeInBothDirections() {
    String[][] pairs = {
      {"file", "contacted_domains", "communicating_files"},
      {"file", "contacted_ips", "communicating_files"},
      {"file", "contacted_urls", "communicating_files"},
      {"file", "dropped_files", "execution_parents"},
      {"file", "bundled_files", "compressed_parents"},
      {"file", "embedded_urls", "referrer_files"},
      {"file", "embedded_domains", "referrer_files"},
      {"file", "itw_urls", "downloaded_files"},
      {"url", "network_location", "urls"},
      {"url", "last_serving_ip_address", "urls"},
    };
    int checked = 0;
    for (String[] pair : pairs) {
      for (String id : CORPUS.ids(pair[0])) {
        for (Ref target : CORPUS.relatedRefs(pair[0], id, pair[1])) {
          assertTrue(
              CORPUS.relatedRefs(target.type(), target.id(), pair[2]).stream()
                  .anyMatch(back -> back.id().equals(id)),
              pair[1] + " " + id + " → " + target.id());
          assertTrue(CORPUS.find(target.type(), target.id()).isPresent(), target.id());
          checked++;
        }
      }
    }
    assertTrue(checked > 5000, "checked " + checked);
    for (String domain : CORPUS.ids("domain")) {
      for (Ref res : CORPUS.relatedRefs("domain", domain, "resolutions")) {
        JsonNode r = CORPUS.find("resolution", res.id()).orElseThrow().get("attributes");
        assertEquals(domain, r.get("host_name").asText());
        assertTrue(
            CORPUS
                .relatedRefs("ip_address", r.get("ip_address").asText(), "resolutions")
                .contains(res));
        assertEquals(res.id(), r.get("ip_address").asText() + domain);
      }
    }
  }

  @Test
  void datedListsAreNewestFirst() {
    String domain = CORPUS.ids("domain").get(0);
    long previous = Long.MAX_VALUE;
    for (ObjectNode d : CORPUS.related("domain", domain, "comments")) {
      long date =
          CORPUS
              .find("comment", d.get("id").asText())
              .orElseThrow()
              .get("attributes")
              .get("date")
              .asLong();
      assertTrue(date <= previous);
      previous = date;
    }
    assertEquals(50, CORPUS.related("domain", domain, "comments").size());
  }

  @Test
  void popularObjectsPageAndSubdomainsAreCappedAt100() {
    assertEquals(
        250, CORPUS.related("domain", CORPUS.ids("domain").get(0), "communicating_files").size());
    assertEquals(
        CorpusGenerator.MAX_SUBDOMAINS,
        CORPUS.related("domain", CORPUS.ids("domain").get(1), "subdomains").size());
    assertTrue(
        CORPUS.related("ip_address", CORPUS.ids("ip_address").get(0), "communicating_files").size()
            > 100);
    assertEquals(45, CORPUS.related("file", CORPUS.ids("file").get(0), "dropped_files").size());
    ObjectNode url =
        CORPUS.related("file", CORPUS.ids("file").get(0), "contacted_urls").stream()
            .findFirst()
            .orElseGet(() -> CORPUS.related("domain", CORPUS.ids("domain").get(0), "urls").get(0));
    assertTrue(url.get("context_attributes").get("url").asText().startsWith("http"));
  }

  @Test
  void scalesTo100kFilesQuickly() {
    long start = System.nanoTime();
    Corpus big = CorpusGenerator.generate(7, 100_000);
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    assertEquals(100_000, big.ids("file").size());
    assertEquals(25_000, big.ids("url").size());
    // About 2-3 s on an idle 2-core machine; the bound is loose because CI machines are shared,
    // yet it still fails for the quadratic edge de-duplication this test once caught.
    assertTrue(seconds < 60, "took " + seconds + " s");
  }

  private static String digest(String algorithm, byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
  }
}
