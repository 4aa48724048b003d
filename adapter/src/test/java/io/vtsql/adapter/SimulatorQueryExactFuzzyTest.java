package io.vtsql.adapter;

import io.vtsql.simulator.search.SearchSemantics;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@link SimulatorQueryTest} against a simulator that differs from the strictest reading only in
 * matching fuzzy hashes only when identical: the same rows and request counts.
 */
class SimulatorQueryExactFuzzyTest extends SimulatorQueryTest {
  @BeforeAll
  static void start() throws Exception {
    start(SearchSemantics.strictest().withFuzzy(SearchSemantics.Fuzzy.EXACT));
  }
}
