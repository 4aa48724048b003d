package io.vtsql.simulator.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.Corpus;
import io.vtsql.simulator.corpus.gen.CorpusGenerator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Searches over the generated demo corpus agree with oracles written directly against the full
 * objects, so the projections searches run on never lose an attribute a modifier needs.
 */
class GeneratedCorpusTest {

  private static final Corpus CORPUS = CorpusGenerator.generate(42, 2000);

  /** Strict bounds; text as substrings, which a plain oracle can state. */
  private static final IntelligenceSearch SEARCH =
      new IntelligenceSearch(
          CORPUS, SearchSemantics.strictest().withText(SearchSemantics.Text.SUBSTRING));

  private static Set<String> oracle(String type, Predicate<ObjectNode> predicate) {
    Set<String> ids = new TreeSet<>();
    for (ObjectNode object : CORPUS.all(type)) {
      if (predicate.test(object)) {
        ids.add(object.get("id").asText());
      }
    }
    return ids;
  }

  private static void agree(String query, String type, Predicate<ObjectNode> predicate) {
    Set<String> expected = oracle(type, predicate);
    assertFalse(expected.isEmpty(), "vacuous oracle for " + query);
    assertEquals(expected, Hits.idSet(SEARCH.search(query, null)), query);
  }

  private static JsonNode attr(ObjectNode object, String name) {
    return object.path("attributes").path(name);
  }

  private static long malicious(ObjectNode object) {
    return object.path("attributes").path("last_analysis_stats").path("malicious").asLong(-1);
  }

  private static ObjectNode first(String type) {
    return CORPUS.all(type).iterator().next();
  }

  @Test
  void fileModifiersAgreeWithOracles() {
    agree("p:10+", "file", f -> malicious(f) > 10);
    agree("p:0", "file", f -> malicious(f) == 0);
    agree(
        "size:100kb-",
        "file",
        f -> attr(f, "size").isNumber() && attr(f, "size").asLong() < 102_400);
    agree(
        "type:pe",
        "file",
        f ->
            Set.of("peexe", "pedll").contains(attr(f, "type_tag").asText())
                || StreamSupport.stream(attr(f, "type_tags").spliterator(), false)
                    .anyMatch(t -> t.asText().equals("pe")));
    ObjectNode file = first("file");
    String tag = attr(file, "tags").get(0).asText();
    agree(
        "tag:" + tag,
        "file",
        f ->
            StreamSupport.stream(attr(f, "tags").spliterator(), false)
                .anyMatch(t -> t.asText().equalsIgnoreCase(tag)));
    String name = attr(file, "meaningful_name").asText();
    agree(
        "name:\"" + name + "\"",
        "file",
        f ->
            attr(f, "meaningful_name")
                    .asText()
                    .toLowerCase(Locale.ROOT)
                    .contains(name.toLowerCase(Locale.ROOT))
                || StreamSupport.stream(attr(f, "names").spliterator(), false)
                    .anyMatch(
                        n ->
                            n.asText()
                                .toLowerCase(Locale.ROOT)
                                .contains(name.toLowerCase(Locale.ROOT))));
    long fs = attr(file, "first_submission_date").asLong();
    agree(
        "fs:" + java.time.Instant.ofEpochSecond(fs).toString().replace("Z", "") + "+",
        "file",
        f -> attr(f, "first_submission_date").asLong() > fs);
    agree(
        "engines:trojan",
        "file",
        f ->
            StreamSupport.stream(attr(f, "last_analysis_results").spliterator(), false)
                .anyMatch(
                    r -> r.path("result").asText("").toLowerCase(Locale.ROOT).contains("trojan")));
    String imphash = attr(file, "pe_info").path("imphash").asText();
    agree(
        "imphash:" + imphash,
        "file",
        f -> attr(f, "pe_info").path("imphash").asText().equals(imphash));
  }

  @Test
  void perEngineModifiersUseNormalisedEngineNames() {
    ObjectNode file = first("file");
    JsonNode results = attr(file, "last_analysis_results");
    String engine = null;
    String result = null;
    for (var it = results.fields(); it.hasNext() && engine == null; ) {
      var entry = it.next();
      if (entry.getValue().path("result").isTextual()) {
        engine = entry.getKey();
        result = entry.getValue().get("result").asText();
      }
    }
    assertTrue(engine != null, "the first generated file is detected");
    String modifier = engine.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    String key = engine;
    String value = result;
    agree(
        modifier + ":\"" + value + "\"",
        "file",
        f ->
            attr(f, "last_analysis_results")
                .path(key)
                .path("result")
                .asText("")
                .toLowerCase(Locale.ROOT)
                .contains(value.toLowerCase(Locale.ROOT)));
  }

  @Test
  void networkModifiersAgreeWithOracles() {
    ObjectNode url = first("url");
    String host = UrlParts.host(attr(url, "url").asText());
    agree(
        "entity:url hostname:" + host,
        "url",
        u -> UrlParts.host(attr(u, "url").asText()).contains(host));
    ObjectNode ip = first("ip_address");
    long asn = attr(ip, "asn").asLong();
    agree("entity:ip asn:" + asn, "ip_address", i -> attr(i, "asn").asLong() == asn);
    String address = ip.get("id").asText();
    agree(
        "entity:domain resolves_to:" + address,
        "domain",
        d ->
            CORPUS.related("domain", d.get("id").asText(), "resolutions").stream()
                .map(r -> CORPUS.find("resolution", r.get("id").asText()).orElseThrow())
                .anyMatch(r -> attr(r, "ip_address").asText().equals(address)));
  }

  @Test
  void positivesOrderIsDescendingWithMissingValuesLast() {
    List<ObjectNode> hits = SEARCH.search("entity:file", "positives-").hits();
    assertEquals(CORPUS.ids("file").size(), hits.size());
    long previous = Long.MAX_VALUE;
    for (int i = 0; i < hits.size(); i += 97) {
      long value = malicious(hits.get(i));
      assertTrue(value <= previous, "position " + i);
      previous = value;
    }
  }

  @Test
  void domainContextCountsDetectedCommunicatingFiles() {
    String domain = CORPUS.ids("domain").get(0);
    List<ObjectNode> files = CORPUS.related("domain", domain, "communicating_files");
    long detected =
        files.stream()
            .filter(d -> malicious(CORPUS.find("file", d.get("id").asText()).orElseThrow()) > 0)
            .count();
    long max =
        files.stream()
            .mapToLong(d -> malicious(CORPUS.find("file", d.get("id").asText()).orElseThrow()))
            .max()
            .orElse(0);
    assertTrue(detected > 0, "the first generated domain has detected communicating files");
    ObjectNode hit =
        SEARCH.search("entity:domain domain:\"" + domain + "\"", null).hits().stream()
            .filter(h -> h.get("id").asText().equals(domain))
            .findFirst()
            .orElseThrow();
    assertEquals(
        detected,
        hit.path("context_attributes").path("detected_communicating_files_count").asLong());
    assertEquals(
        max, hit.path("context_attributes").path("communicating_files_max_detections").asLong());
  }
}
