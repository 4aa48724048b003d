package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of the objects below another object ({@code /intelligence/retrohunt_jobs/{id}/
 * matching_files}, {@code /monitor/items/{id}/analyses}), shaped like a relationship page: {@code
 * limit} (default 10, at most 40), cursors scoped to the path, {@code meta.count} and {@code
 * links.next} while more pages follow.
 */
final class SubresourcePage {

  private SubresourcePage() {}

  /**
   * The page the request's {@code limit} and {@code cursor} ask for.
   *
   * @param path the path below the base, e.g. {@code /monitor/items/<id>/analyses}
   * @param items every object, in the order served
   * @param related the full form's path when this is the {@code /relationships/} descriptor form,
   *     else null
   */
  static ObjectNode page(ApiRequest request, String path, List<ObjectNode> items, String related) {
    int limit =
        Cursors.limit(
            request.param("limit"), ObjectEndpoints.DEFAULT_LIMIT, ObjectEndpoints.MAX_LIMIT);
    String cursor = request.param("cursor");
    String scope = ApiHandler.PREFIX + path;
    int offset = Cursors.decode(cursor, scope);
    List<ObjectNode> data = new ArrayList<>();
    for (int i = offset; i < Math.min(items.size(), offset + limit); i++) {
      data.add(items.get(i));
    }
    String self = request.base() + path;
    String size = Integer.toString(limit);
    ObjectNode meta = Json.object();
    meta.put("count", items.size());
    ObjectNode links = Json.object();
    links.put(
        "self",
        self
            + Envelopes.query(
                "cursor", cursor == null || cursor.isEmpty() ? null : cursor, "limit", size));
    if (related != null) {
      links.put("related", request.base() + related);
    }
    if (offset + limit < items.size()) {
      String next = Cursors.encode(offset + limit, scope);
      meta.put("cursor", next);
      links.put("next", self + Envelopes.query("cursor", next, "limit", size));
    }
    return Envelopes.page(data, meta, links);
  }
}
