package io.vtsql.simulator.search;

import io.vtsql.simulator.corpus.Corpus;
import java.util.Objects;
import java.util.Set;

/**
 * What modifiers may consult while compiling: the corpus (for relationship-based modifiers),
 * the date parser bound to the search's clock, and the engine names per-engine modifiers accept.
 *
 * @param corpus the corpus searched
 * @param dates date value parser
 * @param engineNames normalised names of the engines found in the searched objects
 */
record SearchContext(Corpus corpus, DateValues dates, Set<String> engineNames) {
  SearchContext {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(engineNames, "engineNames");
  }
}
