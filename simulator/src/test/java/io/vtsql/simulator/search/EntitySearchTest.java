package io.vtsql.simulator.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.Corpus;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code entity:X} alone: all objects of the type, default order, meta values, copies. */
class EntitySearchTest {

  private final TestCorpus testCorpus =
      new TestCorpus()
          .add("file", "f1", "{\"last_submission_date\": 100, \"reputation\": -7}")
          .add("file", "f2", "{\"last_submission_date\": 300}")
          .add("file", "f3", "{\"last_submission_date\": 200}")
          .add("url", "u1", "{\"url\": \"http://a.example/\", \"last_submission_date\": 5}")
          .add("domain", "d.example", "{\"last_modification_date\": 7}")
          .add("ip_address", "192.0.2.1", "{\"last_modification_date\": 7}");
  private final Corpus corpus = testCorpus.build();
  private final IntelligenceSearch search = new IntelligenceSearch(corpus);

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(h -> h.get("id").asText()).collect(Collectors.toList());
  }

  @Test
  void fileIsTheDefaultEntityOrderedByLastSubmissionDescending() {
    SearchResult result = search.search("entity:file", null);
    assertEquals("file", result.entityType());
    assertEquals(List.of("f2", "f3", "f1"), ids(result));
    assertEquals(
        List.of(
            "first_submission_date",
            "last_submission_date",
            "positives",
            "times_submitted",
            "size",
            "unique_sources"),
        result.allowedOrders());
    assertEquals(90, result.daysBack());
    assertFalse(result.hits().get(0).has("context_attributes"));
  }

  @Test
  void eachEntityMapsToItsApiType() {
    assertEquals("url", search.search("entity:url", null).entityType());
    assertEquals("domain", search.search("entity:domain", "").entityType());
    SearchResult ip = search.search("entity:ip", null);
    assertEquals("ip_address", ip.entityType());
    assertEquals(List.of("192.0.2.1"), ids(ip));
    assertEquals(List.of("ip", "last_modification_date", "positives"), ip.allowedOrders());
  }

  @Test
  void hitsAreCopiesThatNeverChangeTheCorpus() {
    ObjectNode hit = search.search("entity:url", null).hits().get(0);
    assertEquals("http://a.example/", hit.path("context_attributes").path("url").asText());
    hit.with("attributes").put("url", "changed");
    ObjectNode stored = corpus.find("url", "u1").orElseThrow();
    assertEquals("http://a.example/", stored.path("attributes").path("url").asText());
    assertFalse(stored.has("context_attributes"));
  }

  @Test
  void hitsAreFullObjectsNotJustTheSearchedAttributes() {
    ObjectNode hit = search.search("entity:file", "last_submission_date").hits().get(0);
    assertEquals("f1", hit.get("id").asText());
    assertEquals(-7, hit.path("attributes").path("reputation").asInt());
    assertEquals(
        "https://www.virustotal.com/api/v3/files/f1", hit.path("links").path("self").asText());
  }

  @Test
  void objectsAddedAfterASearchAreFoundByTheNextOne() {
    assertEquals(3, search.search("entity:file", null).hits().size());
    testCorpus.add("file", "f4", "{\"last_submission_date\": 400}");
    assertEquals(List.of("f4", "f2", "f3", "f1"), ids(search.search("entity:file", null)));
    assertEquals(
        List.of("f4"), ids(new IntelligenceSearch(corpus).search("ls:1970-01-01T00:06:40", null)));
  }

  @Test
  void unknownEntityIsABadRequest() {
    SearchException e =
        assertThrows(SearchException.class, () -> search.search("entity:collection", null));
    assertEquals("BadRequestError", e.code());
    assertTrue(e.getMessage().contains("collection"));
  }
}
