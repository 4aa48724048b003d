package io.vtsql.adapter.query;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.catalog.BasicSearchEndpoint;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.ScanEndpoint;
import io.vtsql.adapter.catalog.SearchEndpoint;
import io.vtsql.adapter.catalog.VtColumn;
import io.vtsql.adapter.pushdown.Translation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything one scan asks of VirusTotal, immutable: the access path and its keys or search
 * expression, order, offset/fetch and projected columns. Rules derive new queries with the {@code
 * with*} methods; {@link #requests()} is what EXPLAIN and {@code Hook.QUERY_PLAN} show.
 *
 * @param entity the object type scanned
 * @param accessPath how VirusTotal is reached
 * @param keys identifiers for keyed access paths, empty for a search
 * @param search pushed search expression (null: the entity alone)
 * @param order pushed order, null when none
 * @param offset rows to skip after the pushed order
 * @param fetch maximum rows after the offset, null when unbounded
 * @param projection ordinals of the table columns the scan produces, in output order
 * @param filtered whether a filter was already folded into this query
 * @param limitAbove offset plus fetch of a LIMIT that stays above the local remainder filter, null
 *     when none: the search is bounded by it, but cannot know how many of its rows the filter
 *     drops, so it pages (by 300) until the consumer stops
 */
public record VtQuery(
    ObjectType entity,
    AccessPath accessPath,
    List<LookupKey> keys,
    SearchExpr search,
    VtOrder order,
    long offset,
    Long fetch,
    List<Integer> projection,
    boolean filtered,
    Long limitAbove)
    implements ScanSpec {

  public VtQuery {
    requireNonNull(entity, "entity");
    requireNonNull(accessPath, "accessPath");
    keys = List.copyOf(keys);
    projection = List.copyOf(projection);
  }

  /** A search over every column of the entity, with an optional raw query (vt_search). */
  public static VtQuery scanAll(ObjectType entity, SearchExpr raw) {
    final List<Integer> all = new ArrayList<>();
    for (int i = 0; i < entity.columns().size(); i++) {
      all.add(i);
    }
    return new VtQuery(entity, AccessPath.SCAN, List.of(), raw, null, 0, null, all, false, null);
  }

  /** Catalogue columns produced by the scan, in output order. */
  public List<VtColumn> columns() {
    final List<VtColumn> all = entity.columns();
    return projection.stream().map(all::get).collect(Collectors.toList());
  }

  /** Folds a filter translation in; callers check {@link Translation#pushedAnything()}. */
  public VtQuery withTranslation(Translation t) {
    if (!t.keys().isEmpty()) {
      return new VtQuery(
          entity, AccessPath.POINT_LOOKUP, t.keys(), null, null, 0, null, projection, true, null);
    }
    return new VtQuery(
        entity,
        accessPath,
        keys,
        SearchExpr.and(search, t.search()),
        order,
        offset,
        fetch,
        projection,
        true,
        limitAbove);
  }

  /** Narrows the output to the given ordinals of the current output. */
  @Override
  public VtQuery withProjection(List<Integer> outputOrdinals) {
    final List<Integer> p =
        outputOrdinals.stream().map(projection::get).collect(Collectors.toList());
    return new VtQuery(
        entity, accessPath, keys, search, order, offset, fetch, p, filtered, limitAbove);
  }

  /** Adds an order and/or offset and fetch (fetch null: unbounded). */
  public VtQuery withSort(VtOrder newOrder, long newOffset, Long newFetch) {
    return new VtQuery(
        entity,
        accessPath,
        keys,
        search,
        newOrder == null ? order : newOrder,
        newOffset,
        newFetch,
        projection,
        filtered,
        limitAbove);
  }

  /**
   * Adds an order (null: keep the current one) beneath a local filter that a LIMIT taking {@code
   * rows} rows, offset included, tops (null: no LIMIT).
   */
  public VtQuery withOrderBelowFilter(VtOrder newOrder, Long rows) {
    return new VtQuery(
        entity,
        accessPath,
        keys,
        search,
        newOrder == null ? order : newOrder,
        offset,
        fetch,
        projection,
        filtered,
        rows);
  }

  /** The same query with another search, e.g. once its parameters are bound. */
  public VtQuery withSearch(SearchExpr newSearch) {
    return new VtQuery(
        entity,
        accessPath,
        keys,
        newSearch,
        order,
        offset,
        fetch,
        projection,
        filtered,
        limitAbove);
  }

  /**
   * Whether only descriptor columns are needed, so {@code descriptors_only=true} suffices; tie keys
   * are read from the objects' attributes.
   */
  @Override
  public boolean descriptorsOnly() {
    return accessPath == AccessPath.SCAN
        && !hasTies()
        && columns().stream().allMatch(VtColumn::inDescriptor);
  }

  /** Whether rows tied on the pushed order are sorted further locally. */
  public boolean hasTies() {
    return order != null && !order.ties().isEmpty();
  }

  /**
   * Whether the search selects something narrower than the whole entity, or is limited (here or by
   * a LIMIT above its remainder filter), or the endpoint's whole list is small (values, or the
   * key's own objects).
   */
  public boolean bounded() {
    return accessPath != AccessPath.SCAN
        || search != null
        || fetch != null
        || limitAbove != null
        || endpoint().map(ScanEndpoint::readableWhole).orElse(false)
        || basicSearch();
  }

  /**
   * Whether the scan is a basic search, whose query alone bounds it and whose pages VirusTotal
   * sizes.
   */
  public boolean basicSearch() {
    return endpoint().orElse(null) instanceof BasicSearchEndpoint;
  }

  /** The endpoint a scan pages through; empty for a type that is read by id only. */
  public Optional<ScanEndpoint> endpoint() {
    return entity.scan();
  }

  private int pageMax() {
    return endpoint().map(ScanEndpoint::pageMax).orElse(SearchEndpoint.PAGE_MAX);
  }

  /** Rows the search must deliver before the offset is applied; null when unbounded. */
  public Long rowsNeeded() {
    return fetch == null ? null : offset + fetch;
  }

  /**
   * The {@code limit} of each search page: one more than the rows needed when tie keys must see the
   * row after the last one needed, to know its tie group is complete.
   */
  public int pageSize() {
    final Long needed = rowsNeeded();
    return needed == null
        ? pageMax()
        : (int) Math.max(1, Math.min(pageMax(), needed + (hasTies() ? 1 : 0)));
  }

  /**
   * Request parameters of the first page (later pages add {@code cursor}): the pushed terms as the
   * endpoint takes them ({@code query=entity:x ...} or {@code filter=...}), order and limit.
   */
  public Map<String, String> searchParameters() {
    final ScanEndpoint endpoint =
        endpoint().orElseThrow(() -> new IllegalStateException(entity + " has no scan endpoint"));
    final Map<String, String> params = new LinkedHashMap<>();
    if (endpoint.complete()) {
      return params;
    }
    if (endpoint instanceof BasicSearchEndpoint b) {
      params.put("query", b.query());
      return params;
    }
    if (endpoint instanceof SearchEndpoint s) {
      params.put(
          "query", SearchExpr.and(new SearchExpr.Term("entity", s.entity()), search).render());
    } else if (search != null) {
      params.put("filter", search.render());
    }
    if (order != null) {
      params.put("order", order.parameter());
    }
    params.put("limit", Integer.toString(pageSize()));
    if (descriptorsOnly() && endpoint.descriptorsOnly()) {
      params.put("descriptors_only", "true");
    }
    return params;
  }

  /** Human-readable requests this scan makes; shown by EXPLAIN and published to QUERY_PLAN. */
  @Override
  public String requests() {
    if (accessPath == AccessPath.POINT_LOOKUP) {
      return keys.stream()
          .map(k -> "GET " + entity.collectionPath() + "/{" + k + "}")
          .collect(Collectors.joining(", "));
    }
    if (endpoint().isEmpty()) {
      return "none: "
          + entity.tableName()
          + " is read by id only (filter on "
          + String.join(" or ", entity.keys())
          + ")";
    }
    if (endpoint().get().complete()) {
      return "GET " + endpoint().get().path() + " (one request: the whole list)";
    }
    final String params =
        searchParameters().entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("&"));
    final Long needed = rowsNeeded();
    final String pages =
        needed == null
            ? (limitAbove == null
                ? "all pages"
                : "pages until the LIMIT above the filter has " + limitAbove + " row(s)")
            : hasTies()
                ? "pages until the rows tied with row " + needed + " are read"
                : basicSearch()
                    ? "pages until " + needed + " row(s) are read"
                    : "at most " + ((needed + pageSize() - 1) / pageSize()) + " page(s)";
    final String skip = offset > 0 ? ", skip " + offset : "";
    final String ties = hasTies() ? "; ties ordered locally by " + order.tieDescription() : "";
    return "GET "
        + endpoint().map(ScanEndpoint::path).orElse(entity.collectionPath())
        + "?"
        + params
        + " ("
        + pages
        + skip
        + ties
        + ")";
  }
}
