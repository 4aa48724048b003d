package io.vtsql.adapter;

import io.vtsql.simulator.search.SearchSemantics;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@link SimulatorQueryTest} against a simulator that differs from the strictest reading only in
 * reading {@code N+} as "N or more": the same rows and request counts.
 */
class SimulatorQueryInclusiveBoundsTest extends SimulatorQueryTest {
  @BeforeAll
  static void start() throws Exception {
    start(SearchSemantics.strictest().withBounds(SearchSemantics.Bounds.INCLUSIVE));
  }
}
