package io.vtsql.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import io.vtsql.simulator.search.SearchSemantics;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The quota suite as a regression guard: every question must cost exactly its hand-derived minimum
 * of VirusTotal requests through {@code jdbc:vt:} (and send the required endpoint, such as {@code
 * descriptors_only=true}), under the simulator's strictest reading of VirusTotal's ambiguous search
 * semantics and, for the questions that search, under each other reading of the dimensions they
 * depend on. Not a timing test.
 */
class QuotaSuiteTest {
  /** Questions whose cost depends on how searches are read (the others are lookups and pivots). */
  private static final Predicate<QuotaQuery> SEARCHES =
      q -> q.sql().matches("(?is).*(malicious\\s*[<>]|size\\s*[<>]|asn =|vt_search).*");

  @TestFactory
  Stream<DynamicTest> everyQuestionCostsItsMinimum() throws Exception {
    final List<QuotaResult> results = run(SearchSemantics.strictest(), q -> true);
    assertTrue(results.size() >= 25, "the suite has at least 25 questions");
    return tests("", results);
  }

  @TestFactory
  Stream<DynamicTest> searchQuestionsCostTheirMinimumUnderEveryOtherReading() throws Exception {
    // Each single flip of the two dimensions the search questions depend on (bounds and tie
    // order), and every dimension lenient at once; the questions use no text or fuzzy-hash
    // modifier, so flipping those alone would only repeat the strictest run.
    final SearchSemantics strictest = SearchSemantics.strictest();
    final List<SearchSemantics> readings =
        List.of(
            strictest.withBounds(SearchSemantics.Bounds.INCLUSIVE),
            strictest.withTies(SearchSemantics.Ties.BY_ID),
            SearchSemantics.lenient());
    Stream<DynamicTest> all = Stream.empty();
    for (SearchSemantics reading : readings) {
      final List<QuotaResult> results = run(reading, SEARCHES);
      assertTrue(results.size() >= 12, results.size() + " search questions");
      all = Stream.concat(all, tests(reading + ": ", results));
    }
    return all;
  }

  private static List<QuotaResult> run(SearchSemantics reading, Predicate<QuotaQuery> include)
      throws Exception {
    try (VtSimulator sim =
        VtSimulator.start(
            SimulatorConfig.builder().scale(BenchMain.QUOTA_FILES).semantics(reading).build())) {
      return new QuotaSuite(sim).run(false, include);
    }
  }

  private static Stream<DynamicTest> tests(String prefix, List<QuotaResult> results) {
    return results.stream()
        .map(
            r ->
                DynamicTest.dynamicTest(
                    prefix + r.query().name(),
                    () -> {
                      assertNull(r.error(), r::describe);
                      assertTrue(r.sentRequired(), r::describe);
                      assertEquals(r.query().minimum(), r.requests(), r::describe);
                    }));
  }
}
