package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.search.IntelligenceSearch;
import io.vtsql.simulator.search.SearchException;
import io.vtsql.simulator.search.SearchResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code GET /intelligence/search}: evaluates the query with {@link IntelligenceSearch} and pages
 * the hits. The last few (query, order) results are kept so paging through a large result does not
 * re-evaluate the query for every page.
 */
final class SearchEndpoint {

  static final int DEFAULT_LIMIT = 10;
  static final int MAX_LIMIT = 300;
  private static final int CACHED_RESULTS = 8;

  private final IntelligenceSearch search;
  private final Map<String, SearchResult> recent =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SearchResult> eldest) {
          return size() > CACHED_RESULTS;
        }
      };

  SearchEndpoint(IntelligenceSearch search) {
    this.search = Objects.requireNonNull(search, "search");
  }

  ObjectNode search(ApiRequest request) {
    String query = request.param("query");
    if (query == null || query.isBlank()) {
      throw ApiException.badRequest("Missing required parameter \"query\"");
    }
    String order = request.param("order");
    int limit = Cursors.limit(request.param("limit"), DEFAULT_LIMIT, MAX_LIMIT);
    String descriptors = request.param("descriptors_only");
    boolean descriptorsOnly =
        descriptors != null && (descriptors.equalsIgnoreCase("true") || descriptors.equals("1"));
    String scope = "/intelligence/search\u0000" + query + "\u0000" + (order == null ? "" : order);
    String cursor = request.param("cursor");
    int offset = Cursors.decode(cursor, scope);
    SearchResult result = evaluate(query, order);
    List<ObjectNode> hits = result.hits();
    List<ObjectNode> items = new ArrayList<>();
    for (int i = offset; i < Math.min(hits.size(), offset + limit); i++) {
      ObjectNode hit = hits.get(i);
      if (descriptorsOnly) {
        ObjectNode d = Json.object();
        d.put("type", hit.path("type").asText());
        d.put("id", hit.path("id").asText());
        if (hit.has("context_attributes")) {
          d.set("context_attributes", hit.get("context_attributes"));
        }
        items.add(d);
      } else {
        items.add(Envelopes.object(hit, request.base()));
      }
    }
    ObjectNode meta = Json.object();
    String base = request.base() + "/intelligence/search";
    ObjectNode links = Json.object();
    links.put("self", base + echo(request.params(), null));
    if (offset + limit < hits.size()) {
      String next = Cursors.encode(offset + limit, scope);
      meta.put("cursor", next);
      links.put("next", base + echo(request.params(), next));
    }
    meta.put("total_hits", hits.size());
    ArrayNode orders = meta.putArray("allowed_orders");
    result.allowedOrders().forEach(orders::add);
    meta.put("days_back", result.daysBack());
    return Envelopes.page(items, meta, links);
  }

  private SearchResult evaluate(String query, String order) {
    String key = query + "\u0000" + (order == null ? "" : order);
    synchronized (recent) {
      SearchResult cached = recent.get(key);
      if (cached != null) {
        return cached;
      }
    }
    SearchResult result;
    try {
      result = search.search(query, order);
    } catch (SearchException e) {
      throw new ApiException(400, e.code(), e.getMessage());
    }
    synchronized (recent) {
      recent.put(key, result);
    }
    return result;
  }

  /** The parameters the client sent, in the order sent, with the cursor replaced when given. */
  private static String echo(Map<String, String> params, String nextCursor) {
    List<String> pairs = new ArrayList<>();
    for (Map.Entry<String, String> e : params.entrySet()) {
      if (nextCursor != null && e.getKey().equals("cursor")) {
        continue;
      }
      pairs.add(e.getKey());
      pairs.add(e.getValue());
    }
    if (nextCursor != null) {
      pairs.add("cursor");
      pairs.add(nextCursor);
    }
    return Envelopes.query(pairs.toArray(String[]::new));
  }
}
