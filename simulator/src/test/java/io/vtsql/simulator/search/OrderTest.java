package io.vtsql.simulator.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The order parameter: fields, directions, defaults, missing values, ties and errors. */
class OrderTest {

  private static final IntelligenceSearch SEARCH =
      new IntelligenceSearch(
          new TestCorpus()
              .add(
                  "file",
                  "c",
                  "{\"last_analysis_stats\": {\"malicious\": 5}, \"size\": 10,"
                      + " \"last_submission_date\": 30, \"first_submission_date\": 1,"
                      + " \"times_submitted\": 2, \"unique_sources\": 9}")
              .add(
                  "file",
                  "a",
                  "{\"last_analysis_stats\": {\"malicious\": 5}, \"size\": 30,"
                      + " \"last_submission_date\": 10, \"first_submission_date\": 3, \"times_submitted\": 1}")
              .add(
                  "file",
                  "d",
                  "{\"size\": 20, \"first_submission_date\": 2, \"times_submitted\": 3,"
                      + " \"unique_sources\": 1}")
              .add(
                  "file",
                  "b",
                  "{\"last_analysis_stats\": {\"malicious\": 7},"
                      + " \"last_submission_date\": 20}")
              .add("url", "u1", "{\"last_http_response_code\": 404, \"last_submission_date\": 1}")
              .add("url", "u2", "{\"last_http_response_code\": 200, \"last_submission_date\": 2}")
              .add(
                  "domain",
                  "x.test",
                  "{\"last_modification_date\": 5, \"creation_date\": 9,"
                      + " \"last_update_date\": 1}")
              .add("domain", "y.test", "{\"last_modification_date\": 8, \"creation_date\": 3}")
              .add("ip_address", "10.0.0.10", "{\"last_modification_date\": 1}")
              .add("ip_address", "10.0.0.2", "{\"last_modification_date\": 3}")
              .add("ip_address", "2001:db8::1", "{\"last_modification_date\": 2}")
              .add("ip_address", "9.255.255.255", "{}")
              .build(),
          SearchSemantics.strictest().withTies(SearchSemantics.Ties.BY_ID));

  private static List<String> order(String query, String order) {
    return Hits.ids(SEARCH.search(query, order));
  }

  @ParameterizedTest(name = "{0} order={1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // missing values last in both directions; ties by id ascending
        "entity:file|positives-|b a c d",
        "entity:file|positives|a c b d",
        "entity:file|positives+|a c b d",
        "entity:file||c b a d",
        "entity:file|last_submission_date-|c b a d",
        "entity:file|last_submission_date+|a b c d",
        "entity:file|first_submission_date|c d a b",
        "entity:file|size-|a d c b",
        "entity:file|times_submitted-|d c a b",
        "entity:file|unique_sources|d c a b",
        // url status is last_http_response_code
        "entity:url||u2 u1",
        "entity:url|status|u2 u1",
        "entity:url|status-|u1 u2",
        "entity:domain||y.test x.test",
        "entity:domain|creation_date|y.test x.test",
        "entity:domain|last_update_date-|x.test y.test",
        "entity:domain|positives|x.test y.test",
        // ip: numeric, IPv4 before IPv6
        "entity:ip|ip|9.255.255.255 10.0.0.2 10.0.0.10 2001:db8::1",
        "entity:ip|ip-|2001:db8::1 10.0.0.10 10.0.0.2 9.255.255.255",
        "entity:ip||10.0.0.2 2001:db8::1 10.0.0.10 9.255.255.255",
        // a '+' sent unencoded arrives as a space
        "entity:file|positives |a c b d",
      })
  void ordersHits(String query, String order, String expected) {
    assertEquals(List.of(expected.split(" ")), order(query, order));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "entity:file|last_modification_date",
        "entity:file|name",
        "entity:file|positives*",
        "entity:url|size",
        "entity:domain|size",
        "entity:domain|ip",
        "entity:ip|creation_date",
        "entity:file|-",
        "entity:file|Positives",
      })
  void disallowedOrdersAreBadRequests(String query, String order) {
    SearchException e = assertThrows(SearchException.class, () -> SEARCH.search(query, order));
    assertEquals("BadRequestError", e.code());
    assertTrue(e.getMessage().contains("allowed orders"), e.getMessage());
  }

  @Test
  void shuffledTiesAreAFixedOrderOtherThanTheIds() {
    TestCorpus corpus = new TestCorpus();
    for (int i = 0; i < 20; i++) {
      corpus.add(
          "file",
          String.format("f%02d", i),
          "{\"last_analysis_stats\": {\"malicious\": " + (i % 2) + "}}");
    }
    IntelligenceSearch shuffled = new IntelligenceSearch(corpus.build());
    List<String> hits = Hits.ids(shuffled.search("entity:file", "positives-"));
    assertEquals(hits, Hits.ids(shuffled.search("entity:file", "positives-")), "stable");
    List<String> odd = hits.subList(0, 10);
    List<String> even = hits.subList(10, 20);
    assertTrue(
        odd.stream().allMatch(id -> Integer.parseInt(id.substring(1)) % 2 == 1), hits.toString());
    assertTrue(
        even.stream().allMatch(id -> Integer.parseInt(id.substring(1)) % 2 == 0), hits.toString());
    assertTrue(
        !odd.equals(odd.stream().sorted().toList())
            || !even.equals(even.stream().sorted().toList()),
        "ties are not in id order: " + hits);
    IntelligenceSearch byId =
        new IntelligenceSearch(
            corpus.build(), SearchSemantics.strictest().withTies(SearchSemantics.Ties.BY_ID));
    List<String> ordered = Hits.ids(byId.search("entity:file", "positives-"));
    assertEquals(odd.stream().sorted().toList(), ordered.subList(0, 10));
  }

  @Test
  void badOrderIsReportedEvenWhenNothingMatches() {
    assertThrows(SearchException.class, () -> SEARCH.search("entity:file p:100", "bogus"));
  }
}
