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
 * The quota suite as a regression guard: every question must cost exactly its hand-derived
 * minimum of VirusTotal requests through {@code jdbc:vt:} (and send the required endpoint, such
 * as {@code descriptors_only=true}), under the simulator's strictest reading of VirusTotal's
 * ambiguous search semantics and, for the questions that search, under the lenient reading of
 * every dimension.
 * Not a timing test.
 */
class QuotaSuiteTest {
  /** Questions whose cost depends on how searches are read (the others are lookups and pivots). */
  private static final Predicate<QuotaQuery> SEARCHES = q -> q.sql()
      .matches("(?is).*(malicious\\s*[<>]|size\\s*[<>]|asn =|vt_search).*");

  @TestFactory Stream<DynamicTest> everyQuestionCostsItsMinimum() throws Exception {
    final List<QuotaResult> results = run(SearchSemantics.strictest(), q -> true);
    assertTrue(results.size() >= 25, "the suite has at least 25 questions");
    return tests("", results);
  }

  @TestFactory Stream<DynamicTest> searchQuestionsCostTheirMinimumUnderTheLenientReading()
      throws Exception {
    // The strictest reading above and the lenient one here (N+ inclusive, ties by id, text as
    // substrings) are the two ends; the search questions use no text or fuzzy-hash modifier, so
    // one run per other single dimension would cost a simulator and 16 questions for nothing.
    final SearchSemantics lenient = SearchSemantics.lenient();
    final List<QuotaResult> results = run(lenient, SEARCHES);
    assertTrue(results.size() >= 12, results.size() + " search questions");
    return tests(lenient + ": ", results);
  }

  private static List<QuotaResult> run(SearchSemantics reading, Predicate<QuotaQuery> include)
      throws Exception {
    try (VtSimulator sim = VtSimulator.start(SimulatorConfig.builder()
        .scale(BenchMain.QUOTA_FILES).semantics(reading).build())) {
      return new QuotaSuite(sim).run(false, include);
    }
  }

  private static Stream<DynamicTest> tests(String prefix, List<QuotaResult> results) {
    return results.stream().map(r -> DynamicTest.dynamicTest(prefix + r.query().name(), () -> {
      assertNull(r.error(), r::describe);
      assertTrue(r.sentRequired(), r::describe);
      assertEquals(r.query().minimum(), r.requests(), r::describe);
    }));
  }
}
