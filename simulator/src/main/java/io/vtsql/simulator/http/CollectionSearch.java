package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.Corpus;
import io.vtsql.simulator.corpus.ObjectTypes;
import io.vtsql.simulator.corpus.Ref;
import io.vtsql.simulator.search.IntelligenceSearch;
import io.vtsql.simulator.search.SearchException;
import io.vtsql.simulator.search.SearchResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@code GET /collections/{id}/search?query=}: an intelligence search restricted to the
 * collection's files, URLs, domains or IP addresses (whichever entity the query selects), in the
 * search's order; {@code limit} 10 by default, at most 40; {@code meta.cursor} and {@code
 * links.next} only while more pages follow.
 */
final class CollectionSearch {

  private static final int MAX_LIMIT = 40;

  private final Corpus corpus;
  private final IntelligenceSearch search;

  CollectionSearch(Corpus corpus, IntelligenceSearch search) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.search = Objects.requireNonNull(search, "search");
  }

  ObjectNode search(ApiRequest request, String rawId) {
    String id =
        corpus
            .canonicalId("collection", rawId)
            .orElseThrow(() -> ApiException.notFound("Collection \"" + rawId + "\" not found"));
    String query = request.param("query");
    if (query == null || query.isBlank()) {
      throw ApiException.badRequest("Missing required parameter \"query\"");
    }
    String order = request.param("order");
    int limit = Cursors.limit(request.param("limit"), ListEndpoint.DEFAULT_LIMIT, MAX_LIMIT);
    SearchResult result;
    try {
      result = search.search(query, order);
    } catch (SearchException e) {
      throw new ApiException(400, e.code(), e.getMessage());
    }
    Set<String> members = new HashSet<>();
    corpus.relatedRefs("collection", id, ObjectTypes.collection(result.entityType())).stream()
        .map(Ref::id)
        .forEach(members::add);
    List<ObjectNode> hits = new ArrayList<>();
    for (ObjectNode hit : result.hits()) {
      if (members.contains(hit.path("id").asText())) {
        hits.add(hit);
      }
    }
    String path = request.base() + "/collections/" + id + "/search";
    String scope = "/api/v3/collections/" + id + "/search\u0000" + query + "\u0000" + order;
    String cursor = request.param("cursor");
    int offset = Cursors.decode(cursor, scope);
    List<ObjectNode> items = new ArrayList<>();
    for (int i = offset; i < Math.min(hits.size(), offset + limit); i++) {
      items.add(Envelopes.object(hits.get(i), request.base()));
    }
    String size = Integer.toString(limit);
    ObjectNode links = Json.object();
    links.put(
        "self",
        path
            + Envelopes.query(
                "query",
                query,
                "order",
                order,
                "cursor",
                cursor == null || cursor.isEmpty() ? null : cursor,
                "limit",
                size));
    ObjectNode meta = null;
    if (offset + limit < hits.size()) {
      String next = Cursors.encode(offset + limit, scope);
      meta = Json.object();
      meta.put("cursor", next);
      links.put(
          "next",
          path + Envelopes.query("query", query, "order", order, "cursor", next, "limit", size));
    }
    return Envelopes.page(items, meta, links);
  }
}
