package io.vtsql.simulator.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where entity: may appear and how it combines with the rest of the query. */
class EntityPlacementTest {

  private static final IntelligenceSearch SEARCH =
      new IntelligenceSearch(
          new TestCorpus()
              .add("file", "f", "{\"last_analysis_stats\": {\"malicious\": 1}}")
              .add(
                  "url",
                  "u",
                  "{\"url\": \"http://x.test/\", \"last_analysis_stats\": {\"malicious\": 1}}")
              .build());

  @Test
  void entityMayComeAnywhereInTheTopLevelConjunction() {
    assertEquals(List.of("u"), Hits.ids(SEARCH.search("p:1 entity:url", null)));
    assertEquals(List.of("u"), Hits.ids(SEARCH.search("p:1 AND entity:URL AND entity:url", null)));
    assertEquals(List.of("u"), Hits.ids(SEARCH.search("(p:1 OR p:2) entity:url", null)));
    assertEquals(List.of("f"), Hits.ids(SEARCH.search("p:1", null)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "entity:url OR p:1|top-level condition",
        "NOT entity:url|top-level condition",
        "p:1 (entity:url OR entity:file)|top-level condition",
        "entity:url entity:file|conflicting entity",
        "entity:collection|Unsupported entity",
      })
  void misplacedEntityIsABadRequest(String query, String message) {
    SearchException e = assertThrows(SearchException.class, () -> SEARCH.search(query, null));
    assertEquals("BadRequestError", e.code());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }
}
