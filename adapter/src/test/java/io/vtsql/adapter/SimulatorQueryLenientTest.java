package io.vtsql.adapter;

import io.vtsql.simulator.search.SearchSemantics;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@link SimulatorQueryTest} against a simulator taking the lenient reading of every ambiguous
 * search semantic ({@code N+} inclusive, ties by id, text as substrings, identical fuzzy hashes):
 * the same rows and request counts.
 */
class SimulatorQueryLenientTest extends SimulatorQueryTest {
  @BeforeAll
  static void start() throws Exception {
    start(SearchSemantics.lenient());
  }
}
