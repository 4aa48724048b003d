package io.vtsql.adapter;

import io.vtsql.simulator.search.SearchSemantics;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@link SimulatorQueryTest} against a simulator that differs from the strictest reading only in
 * breaking order ties by id: the same rows and request counts.
 */
class SimulatorQueryTiesByIdTest extends SimulatorQueryTest {
  @BeforeAll
  static void start() throws Exception {
    start(SearchSemantics.strictest().withTies(SearchSemantics.Ties.BY_ID));
  }
}
