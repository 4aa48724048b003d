package io.vtsql.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The quota suite as a regression guard: every question must cost exactly its hand-derived
 * minimum of VirusTotal requests through {@code jdbc:vt:} (and send the required endpoint, such
 * as {@code descriptors_only=true}). Not a timing test.
 */
class QuotaSuiteTest {

  @TestFactory Stream<DynamicTest> everyQuestionCostsItsMinimum() throws Exception {
    final List<QuotaResult> results;
    try (VtSimulator sim = VtSimulator.start(SimulatorConfig.builder()
        .scale(BenchMain.QUOTA_FILES).build())) {
      results = new QuotaSuite(sim).run(false);
    }
    assertTrue(results.size() >= 25, "the suite has at least 25 questions");
    return results.stream().map(r -> DynamicTest.dynamicTest(r.query().name(), () -> {
      assertNull(r.error(), r::describe);
      assertTrue(r.sentRequired(), r::describe);
      assertEquals(r.query().minimum(), r.requests(), r::describe);
    }));
  }
}
