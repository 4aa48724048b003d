package io.vtsql.simulator.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.Corpus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Evaluates VirusTotal Intelligence search queries over a {@link Corpus}: parses the query, selects
 * the entity, filters, orders and wraps the hits. The exact language is specified in
 * docs/search-language.md; its key decisions:
 *
 * <ul>
 *   <li>Whitespace and {@code AND} conjoin; {@code NOT} binds tightest, then AND, then {@code OR}
 *       ({@code a b OR c} is {@code (a AND b) OR c}).
 *   <li>{@code p:5-} means positives &lt; 5, as documented; {@code p:5+} means &gt; 5 or &gt;= 5 as
 *       {@link SearchSemantics} says; a day date covers the whole UTC day, so {@code
 *       fs:2024-01-10-} is before January 10th.
 *   <li>Text modifiers match words or substrings, fuzzy hashes similar or identical hashes, per
 *       {@link SearchSemantics}.
 *   <li>Relative dates ({@code 7d}) count back from the injected clock.
 *   <li>Size units are binary and case-insensitive: 1KB = 1024 bytes, 1MB = 1024 KB.
 *   <li>Missing sort values go last in either direction; ties are shuffled or by id.
 * </ul>
 *
 * Paging is the caller's job. Instances are thread-safe.
 */
public final class IntelligenceSearch {

  /** The {@code meta.days_back} value the simulator reports. */
  public static final int DAYS_BACK = 90;

  private final Corpus corpus;
  private final SearchSemantics semantics;
  private final DateValues dates;
  private final ContextAttributes contextAttributes;

  /**
   * A search over {@code corpus} with the strictest semantics and relative dates counted from the
   * system UTC clock.
   */
  public IntelligenceSearch(Corpus corpus) {
    this(corpus, Clock.systemUTC(), SearchSemantics.strictest());
  }

  /** A search over {@code corpus} read with {@code semantics}, relative to the UTC clock. */
  public IntelligenceSearch(Corpus corpus, SearchSemantics semantics) {
    this(corpus, Clock.systemUTC(), semantics);
  }

  /**
   * A search over {@code corpus} read with {@code semantics}, with relative dates ({@code 7d})
   * counted back from {@code clock}.
   */
  public IntelligenceSearch(Corpus corpus, Clock clock, SearchSemantics semantics) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.semantics = Objects.requireNonNull(semantics, "semantics");
    this.dates = new DateValues(Objects.requireNonNull(clock, "clock"), semantics.bounds());
    this.contextAttributes = new ContextAttributes(corpus);
  }

  /**
   * All hits of {@code query} in {@code order} (null or blank: the entity's default order). The
   * first search of an entity in a corpus reads every object of that entity once to build the
   * projections later searches reuse (see {@link SearchIndex}).
   *
   * @throws SearchException {@code BadRequestError} for a malformed query, an unknown or
   *     inapplicable modifier, a malformed value, or an order the entity does not allow
   */
  public SearchResult search(String query, String order) {
    EntitySelection selection = EntitySelection.of(Parser.parse(query));
    Entity entity = selection.entity();
    ResultOrder resultOrder = ResultOrder.parse(entity, order, semantics.ties());
    SearchIndex.Snapshot snapshot = SearchIndex.of(corpus).snapshot(corpus, entity);
    SearchContext context = new SearchContext(corpus, dates, snapshot.engineNames(), semantics);
    Predicate<ObjectNode> filter =
        selection.filter() == null
            ? object -> true
            : new QueryCompiler(entity, context).compile(selection.filter());
    List<ObjectNode> matches = new ArrayList<>();
    for (ObjectNode row : snapshot.rows()) {
      if (filter.test(row)) {
        matches.add(row);
      }
    }
    return new SearchResult(
        entity.apiType(),
        new HitList(entity, resultOrder.sort(matches), corpus, contextAttributes),
        entity.allowedOrders(),
        DAYS_BACK);
  }
}
