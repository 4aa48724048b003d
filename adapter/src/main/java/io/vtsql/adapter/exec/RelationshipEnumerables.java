package io.vtsql.adapter.exec;

import io.vtsql.adapter.RelationshipSettings;
import io.vtsql.adapter.VtBackend;
import io.vtsql.adapter.VtQueryException;
import io.vtsql.adapter.catalog.ChildTable;
import io.vtsql.adapter.catalog.DateWindow;
import io.vtsql.adapter.catalog.ParentTable;
import io.vtsql.adapter.catalog.RelationshipDef;
import io.vtsql.adapter.query.RelationshipQuery;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.linq4j.tree.Types;

/** Entry point of generated code: runs one {@link RelationshipQuery} as an {@link Enumerable}. */
public final class RelationshipEnumerables {
  /** {@link #scan}, for code generation. */
  public static final Method SCAN =
      Types.lookupMethod(
          RelationshipEnumerables.class,
          "scan",
          DataContext.class,
          VtBackend.class,
          RelationshipSettings.class,
          RelationshipQuery.class,
          List.class);

  private RelationshipEnumerables() {}

  /**
   * The rows of a relationship scan. Nothing is requested until the first row is wanted; a scan
   * without parent ids, or of a premium-only relationship on a connection configured with {@code
   * tier=public}, fails at that point, before any request. With a folded LIMIT the parents are read
   * one at a time ({@link LimitedRelationshipEnumerator}), otherwise {@code fanOut} at a time
   * ({@link FanOutEnumerator}).
   *
   * @param parentValues run-time values of {@link RelationshipQuery#parents()}, same order
   */
  public static Enumerable<Object[]> scan(
      DataContext root,
      VtBackend backend,
      RelationshipSettings settings,
      RelationshipQuery query,
      List<Object> parentValues) {
    return new TranslatingEnumerable(
        new AbstractEnumerable<>() {
          @Override
          public Enumerator<Object[]> enumerator() {
            if (query.parents().isEmpty()) {
              throw new VtQueryException(noParentsMessage(query.relationship()));
            }
            if (query.window().isPresent() && query.range() == null) {
              throw new VtQueryException(
                  noRangeMessage(query.relationship(), query.window().get()));
            }
            if (query.range() != null && query.range().empty()) {
              return Linq4j.emptyEnumerator();
            }
            final List<String> parents = ParentIds.distinct(parentValues);
            if (parents.isEmpty()) {
              return Linq4j.emptyEnumerator();
            }
            final ParentFetcher fetcher =
                query.relationship() instanceof RelationshipDef r
                    ? new RelationshipFetcher(backend.client(), r, query.descriptorsOnly())
                    : new ChildFetcher(
                        backend.client(), (ChildTable) query.relationship(), query.range());
            fetcher.checkGrants(backend.grants(), parents.get(0));
            final RequestBudget budget = RequestBudget.of(root, backend);
            final AtomicBoolean cancel = DataContext.Variable.CANCEL_FLAG.get(root);
            final RelationshipRead read =
                new RelationshipRead(
                    fetcher,
                    budget,
                    cancel,
                    new RelationshipRowConverter(query.columns()),
                    query.requests());
            final Enumerator<Object[]> rows =
                query.fetch() != null
                    ? new LimitedRelationshipEnumerator(
                        read, parents, query.offset(), query.fetch())
                    : new FanOutEnumerator(read, parents, settings.fanOut());
            return LicenceRefusal.explaining(
                rows,
                query.relationship().source().privilege(),
                "vt." + query.relationship().tableName());
          }
        },
        root,
        backend);
  }

  /** The error of a scan of a table with a day window that was given no first and last day. */
  static String noRangeMessage(ParentTable table, DateWindow window) {
    final String day = window.column();
    return "Query on vt."
        + table.tableName()
        + " gives no first and last "
        + day
        + ": VirusTotal serves it for a range of days ("
        + window.startParam()
        + " and "
        + window.endParam()
        + ", at most "
        + window.maxDays()
        + " days per request; a longer range is split). Filter on "
        + day
        + ", e.g. "
        + day
        + " BETWEEN '2026-11-01' AND '2026-11-30' or "
        + day
        + " >= '2026-11-01' AND "
        + day
        + " < '2026-12-01'.";
  }

  /** The error of a relationship scan that was given no parent ids. */
  static String noParentsMessage(ParentTable r) {
    final String parent = r.parentColumn();
    return "Query on vt."
        + r.tableName()
        + " gives no "
        + parent
        + ": a relationship is read"
        + " one parent at a time ("
        + r.endpoint(false)
        + "). Filter on "
        + parent
        + " ("
        + parent
        + " = '...' or "
        + parent
        + " IN (...)) or join "
        + r.tableName()
        + "."
        + parent
        + " to the id of another table, e.g. ... JOIN vt."
        + r.tableName()
        + " r ON r."
        + parent
        + " = x.id.";
  }
}
