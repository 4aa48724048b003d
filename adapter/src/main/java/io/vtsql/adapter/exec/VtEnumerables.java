package io.vtsql.adapter.exec;

import io.vtsql.adapter.VtBackend;
import io.vtsql.adapter.VtQueryException;
import io.vtsql.adapter.catalog.ModifierSpec;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.ScanEndpoint;
import io.vtsql.adapter.pushdown.MomentTerms;
import io.vtsql.adapter.pushdown.SearchBinder;
import io.vtsql.adapter.query.AccessPath;
import io.vtsql.adapter.query.VtQuery;
import io.vtsql.client.VtForbiddenException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.linq4j.tree.Types;

/** Entry point of generated code: runs one scan's {@link VtQuery} as an {@link Enumerable}. */
public final class VtEnumerables {
  /** {@link #scan(DataContext, VtBackend, VtQuery, List)}, for code generation. */
  public static final Method SCAN =
      Types.lookupMethod(
          VtEnumerables.class,
          "scan",
          DataContext.class,
          VtBackend.class,
          VtQuery.class,
          List.class);

  private VtEnumerables() {}

  /**
   * The rows of a scan. Nothing is requested until the first row is wanted, and an unbounded search
   * fails at that point, before any request. Search parameters are bound from {@code root} first; a
   * search that can match nothing (a parameter bound to NULL) sends none. Lookup keys are resolved
   * from {@code root} too (see {@link LookupTargets}).
   *
   * @param momentValues run-time values of {@link MomentTerms#of} the query's search, same order
   */
  public static Enumerable<Object[]> scan(
      DataContext root, VtBackend backend, VtQuery unbound, List<Object> momentValues) {
    return new TranslatingEnumerable(
        new AbstractEnumerable<>() {
          @Override
          public Enumerator<Object[]> enumerator() {
            final Map<String, Object> moments =
                MomentTerms.values(MomentTerms.of(unbound.search()), momentValues);
            final SearchBinder.Bound search =
                new SearchBinder(
                        i -> root.get("?" + i),
                        m -> moments.get(m.toString()),
                        unbound.entity().search().isPresent())
                    .bind(unbound.search());
            if (search.none()) {
              return Linq4j.emptyEnumerator();
            }
            final VtQuery query = VtEnumerables.bind(unbound, search);
            backend
                .grants()
                .require(
                    query.entity().privilege(),
                    "vt." + query.entity().tableName(),
                    query.entity().collectionPath());
            if (query.accessPath() == AccessPath.SCAN) {
              final ScanEndpoint endpoint =
                  query
                      .endpoint()
                      .orElseThrow(() -> new VtQueryException(idOnlyMessage(query.entity())));
              if (!backend.grants().has(endpoint.privilege())) {
                throw new VtForbiddenException(
                    "ForbiddenError",
                    0,
                    endpoint.path(),
                    scanNeedsMessage(backend.grants(), query.entity(), endpoint));
              }
            }
            if (backend.pushdown() && !query.bounded()) {
              throw new VtQueryException(unboundedMessage(query.entity()));
            }
            final RequestBudget budget = RequestBudget.of(root, backend);
            final AtomicBoolean cancel = DataContext.Variable.CANCEL_FLAG.get(root);
            final String table = "vt." + query.entity().tableName();
            if (query.accessPath() == AccessPath.POINT_LOOKUP) {
              return LicenceRefusal.explaining(
                  new LookupEnumerator(
                      backend.client(),
                      query.entity(),
                      LookupTargets.of(query.entity(), query.keys(), root),
                      query.columns(),
                      backend.fanOut(),
                      budget,
                      cancel),
                  query.entity().privilege(),
                  table);
            }
            if (query.endpoint().orElseThrow().complete()) {
              return new ValueListEnumerator(backend.client(), query, budget);
            }
            return LicenceRefusal.explaining(
                new SearchEnumerator(backend.client(), query, budget, cancel),
                query.entity().privilege(),
                table);
          }
        },
        root,
        backend);
  }

  /** Why a table without a scan endpoint needs ids. */
  static String idOnlyMessage(ObjectType entity) {
    return "vt."
        + entity.tableName()
        + " can only be read by id: VirusTotal has no endpoint"
        + " that lists "
        + entity.tableName()
        + ". Filter on "
        + String.join(" or ", entity.keys())
        + " (= '...' or IN (...)), or read them through"
        + " a relationship table.";
  }

  /** Why a scan cannot run with a public key, and what can. */
  static String scanNeedsMessage(Grants grants, ObjectType entity, ScanEndpoint endpoint) {
    return grants.missing(
            endpoint.privilege(),
            "vt."
                + entity.tableName()
                + " without an id condition calls "
                + endpoint.path()
                + ", which")
        + (grants.has(entity.privilege())
            ? " Without it, look objects up by id (WHERE id = ... or id IN (...))"
            : "");
  }

  /** The query with its search bound (parameter terms replaced by their values). */
  private static VtQuery bind(VtQuery query, SearchBinder.Bound search) {
    return query.search() == search.expr() ? query : query.withSearch(search.expr());
  }

  /** The error of a scan that would page through a whole entity. */
  static String unboundedMessage(ObjectType entity) {
    final String keys = entity.keys().stream().sorted().collect(Collectors.joining(", "));
    final String searchable =
        entity.modifiers().stream()
            .map(ModifierSpec::column)
            .distinct()
            .collect(Collectors.joining(", "));
    final String grammar =
        entity.search().isPresent() ? "search" : "filter of " + entity.scan().orElseThrow().path();
    return "Query on vt."
        + entity.tableName()
        + " has no condition VirusTotal can answer and"
        + " no LIMIT, so it would page through every "
        + entity.objectType()
        + ". Filter on "
        + Stream.of(
                keys.isEmpty() ? "" : keys + " (point lookup)",
                searchable.isEmpty() ? "" : searchable + " (" + grammar + ")")
            .filter(s -> !s.isEmpty())
            .collect(Collectors.joining(" or on "))
        + ", or add a LIMIT"
        + " (or set pushdown=false to scan anyway).";
  }
}
