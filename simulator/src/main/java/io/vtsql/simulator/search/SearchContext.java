package io.vtsql.simulator.search;

import io.vtsql.simulator.corpus.Corpus;
import java.util.Objects;
import java.util.Set;

/**
 * What modifiers may consult while compiling: the corpus (for relationship-based modifiers), the
 * date parser bound to the search's clock, the engine names per-engine modifiers accept and the
 * readings of undocumented semantics.
 *
 * @param corpus the corpus searched
 * @param dates date value parser
 * @param engineNames normalised names of the engines found in the searched objects
 * @param semantics how ambiguous terms are read
 */
record SearchContext(
    Corpus corpus, DateValues dates, Set<String> engineNames, SearchSemantics semantics) {
  SearchContext {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(engineNames, "engineNames");
    Objects.requireNonNull(semantics, "semantics");
  }
}
