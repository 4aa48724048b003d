package io.vtsql.simulator.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.Corpus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Evaluates VirusTotal Intelligence search queries over a {@link Corpus}: parses the query,
 * selects the entity, filters, orders and wraps the hits. The exact language is specified in
 * docs/search-language.md; its key decisions:
 * <ul>
 *   <li>Whitespace and {@code AND} conjoin; {@code NOT} binds tightest, then AND, then
 *       {@code OR} ({@code a b OR c} is {@code (a AND b) OR c}).</li>
 *   <li>Bounds are inclusive: {@code p:5+} means positives &gt;= 5 and {@code p:5-} means
 *       positives &lt;= 5; a day date covers the whole UTC day, so {@code fs:2024-01-10-}
 *       includes all of January 10th.</li>
 *   <li>Relative dates ({@code 7d}) count back from the injected clock.</li>
 *   <li>Size units are binary and case-insensitive: 1KB = 1024 bytes, 1MB = 1024 KB.</li>
 *   <li>Missing sort values go last in either direction; ties break by id ascending.</li>
 * </ul>
 * Paging is the caller's job. Instances are thread-safe.
 */
public final class IntelligenceSearch {

  /** The {@code meta.days_back} value the simulator reports. */
  public static final int DAYS_BACK = 90;

  private final Corpus corpus;
  private final DateValues dates;
  private final ContextAttributes contextAttributes;

  /** A search over {@code corpus} with relative dates counted from the system UTC clock. */
  public IntelligenceSearch(Corpus corpus) {
    this(corpus, Clock.systemUTC());
  }

  /** A search over {@code corpus} with relative dates ({@code 7d}) counted back from {@code clock}. */
  public IntelligenceSearch(Corpus corpus, Clock clock) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.dates = new DateValues(Objects.requireNonNull(clock, "clock"));
    this.contextAttributes = new ContextAttributes(corpus);
  }

  /**
   * All hits of {@code query} in {@code order} (null or blank: the entity's default order).
   * The first search of an entity in a corpus reads every object of that entity once to build
   * the projections later searches reuse (see {@link SearchIndex}).
   *
   * @throws SearchException {@code BadRequestError} for a malformed query, an unknown or
   *     inapplicable modifier, a malformed value, or an order the entity does not allow
   */
  public SearchResult search(String query, String order) {
    EntitySelection selection = EntitySelection.of(Parser.parse(query));
    Entity entity = selection.entity();
    ResultOrder resultOrder = ResultOrder.parse(entity, order);
    SearchIndex.Snapshot snapshot = SearchIndex.of(corpus).snapshot(corpus, entity);
    SearchContext context = new SearchContext(corpus, dates, snapshot.engineNames());
    Predicate<ObjectNode> filter = selection.filter() == null
        ? object -> true : new QueryCompiler(entity, context).compile(selection.filter());
    List<ObjectNode> matches = new ArrayList<>();
    for (ObjectNode row : snapshot.rows()) {
      if (filter.test(row)) {
        matches.add(row);
      }
    }
    return new SearchResult(entity.apiType(),
        new HitList(entity, resultOrder.sort(matches), corpus, contextAttributes),
        entity.allowedOrders(), DAYS_BACK);
  }
}
