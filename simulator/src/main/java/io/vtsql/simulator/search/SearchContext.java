package io.vtsql.simulator.search;

import io.vtsql.simulator.corpus.Corpus;
import java.util.Objects;

/**
 * What modifiers may consult while compiling: the corpus (for relationship-based modifiers and
 * engine names) and the date parser bound to the search's clock.
 *
 * @param corpus the corpus searched
 * @param dates date value parser
 */
record SearchContext(Corpus corpus, DateValues dates) {
  SearchContext {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(dates, "dates");
  }
}
