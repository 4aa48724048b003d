package io.vtsql.adapter;

import io.vtsql.simulator.search.SearchSemantics;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@link SimulatorQueryTest} against a simulator that differs from the strictest reading only in
 * matching text modifiers as substrings: the same rows and request counts.
 */
class SimulatorQuerySubstringTextTest extends SimulatorQueryTest {
  @BeforeAll
  static void start() throws Exception {
    start(SearchSemantics.strictest().withText(SearchSemantics.Text.SUBSTRING));
  }
}
