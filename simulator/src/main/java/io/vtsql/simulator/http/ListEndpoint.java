package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Serves a top-level list endpoint from a {@link ListSpec}: ANDed {@code filter=} terms, {@code
 * order=field[+|-]} ({@code +} or no suffix ascending, as for searches), {@code limit} (default 10)
 * and opaque cursors scoped to the path, filter and order. {@code meta.cursor} and {@code
 * links.next} appear only while more pages follow (as in the graphs list capture).
 */
final class ListEndpoint {

  static final int DEFAULT_LIMIT = 10;

  private final Clock clock;

  ListEndpoint(Clock clock) {
    this.clock = clock;
  }

  ObjectNode page(ApiRequest request, ListSpec spec, Collection<ObjectNode> objects) {
    String filter = request.param("filter");
    String order = request.param("order");
    int limit = Cursors.limit(request.param("limit"), DEFAULT_LIMIT, spec.maxLimit());
    Predicate<JsonNode> matches = matcher(spec, filter, clock);
    Comparator<ObjectNode> comparator = comparator(spec, order);
    String scope = "/api/v3" + spec.path() + "?filter=" + filter + "&order=" + order;
    String cursor = request.param("cursor");
    int offset = Cursors.decode(cursor, scope);
    List<ObjectNode> selected = new ArrayList<>();
    for (ObjectNode object : objects) {
      if (matches.test(object.path("attributes"))) {
        selected.add(object);
      }
    }
    selected.sort(comparator);
    List<ObjectNode> items = new ArrayList<>();
    for (int i = offset; i < Math.min(selected.size(), offset + limit); i++) {
      items.add(Envelopes.object(selected.get(i), request.base()));
    }
    String path = request.base() + spec.path();
    String size = Integer.toString(limit);
    ObjectNode links = Json.object();
    links.put(
        "self",
        path
            + Envelopes.query(
                "filter",
                filter,
                "order",
                order,
                "cursor",
                cursor == null || cursor.isEmpty() ? null : cursor,
                "limit",
                size));
    ObjectNode meta = null;
    if (offset + limit < selected.size()) {
      String next = Cursors.encode(offset + limit, scope);
      meta = Json.object();
      meta.put("cursor", next);
      links.put(
          "next",
          path + Envelopes.query("filter", filter, "order", order, "cursor", next, "limit", size));
    }
    return Envelopes.page(items, meta, links);
  }

  /** The ANDed {@code filter=} terms of a list as one predicate over attributes; 400 if unknown. */
  static Predicate<JsonNode> matcher(ListSpec spec, String filter, Clock clock) {
    Predicate<JsonNode> all = a -> true;
    for (FilterTerms.Term term : FilterTerms.parse(filter, spec.path())) {
      AttributeMatch match = spec.modifiers().get(term.modifier());
      if (match == null) {
        throw FilterTerms.invalid(
            spec.path(),
            "unknown modifier \""
                + term.modifier()
                + "\"; supported: "
                + String.join(", ", new TreeSet<>(spec.modifiers().keySet())));
      }
      all = all.and(match.predicate(spec.path(), term.modifier(), term.value(), clock));
    }
    return all;
  }

  private static Comparator<ObjectNode> comparator(ListSpec spec, String order) {
    String wanted = order == null || order.isBlank() ? spec.defaultOrder() : order.trim();
    boolean descending = wanted.endsWith("-");
    String field =
        wanted.endsWith("-") || wanted.endsWith("+")
            ? wanted.substring(0, wanted.length() - 1)
            : wanted;
    String attribute = spec.orders().get(field);
    if (attribute == null) {
      throw new ApiException(
          400,
          "InvalidArgumentError",
          "Invalid order \""
              + order
              + "\" for "
              + spec.path()
              + "; supported: "
              + String.join(", ", new TreeSet<>(spec.orders().keySet()))
              + ", each optionally followed by + or -");
    }
    Comparator<ObjectNode> byField =
        spec.textOrders().contains(field)
            ? Comparator.comparing(
                o -> o.path("attributes").path(attribute).asText().toLowerCase(Locale.ROOT))
            : Comparator.comparingLong(o -> o.path("attributes").path(attribute).asLong());
    if (descending) {
      byField = byField.reversed();
    }
    return byField.thenComparing(o -> o.path("id").asText());
  }
}
