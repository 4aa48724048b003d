package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.Corpus;
import io.vtsql.simulator.corpus.ObjectTypes;
import io.vtsql.simulator.corpus.Ref;
import io.vtsql.simulator.corpus.gen.GraphData;
import io.vtsql.simulator.search.SearchSemantics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * VT Graph: {@code GET /graphs} ({@link GraphFilter}, {@code attributes=} projection, {@code
 * order=} name, owner, creation_date, last_modified_date, views_count or comments_count with {@code
 * +}/{@code -}, default most recently modified first; ties per {@link SearchSemantics.Ties}; {@code
 * limit} up to 40; {@code meta} holds only {@code cursor}, a {@code True:}-prefixed one as in
 * vx_graphs_list.yml), {@code GET /graphs/{id}}, its relationships (items, owner, group, comments,
 * editors, viewers, in both the full and the {@code /relationships/} descriptor form) and the
 * {@code graphs} relationship of files, URLs, domains and IP addresses. Every key may use them; a
 * private graph exists only for its owner and the users it is shared with (for others it is 404
 * NotFoundError). A loaded corpus's own graph objects (the captures') are served as public graphs
 * of an unknown owner.
 */
final class GraphEndpoints implements ProductEndpoints {

  static final int DEFAULT_LIMIT = 10;
  static final int MAX_LIMIT = 40;
  private static final String CURSOR_PREFIX = "True:";
  private static final Set<String> ITEM_COLLECTIONS =
      Set.of("files", "urls", "domains", "ip_addresses");
  private static final Set<String> ONE_TO_ONE = Set.of("owner", "group");
  private static final Set<String> RELATIONSHIPS =
      Set.of("items", "owner", "group", "comments", "editors", "viewers");
  private static final Set<String> TEXT_ORDERS = Set.of("name", "owner");

  private final Corpus corpus;
  private final SearchSemantics semantics;
  private final GraphFilter filter;
  private final Map<String, GraphData.Graph> graphs = new LinkedHashMap<>();

  GraphEndpoints(Corpus corpus, SearchSemantics semantics) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.semantics = Objects.requireNonNull(semantics, "semantics");
    this.filter = new GraphFilter(corpus, semantics);
    GraphData.loaded(corpus).forEach(g -> graphs.put(g.id(), g));
    GraphData.generate(corpus).forEach(g -> graphs.put(g.id(), g));
  }

  @Override
  public Optional<ObjectNode> serve(ApiRequest request, String[] s) {
    if (s.length >= 1 && s[0].equals("graphs")) {
      return Optional.of(graphs(request, s));
    }
    if (s.length >= 3 && ITEM_COLLECTIONS.contains(s[0]) && s[s.length - 1].equals("graphs")) {
      boolean descriptors = s.length == 4 && s[2].equals("relationships");
      if (s.length != 3 && !descriptors) {
        return Optional.empty();
      }
      String type = ObjectTypes.typeOf(s[0]).orElseThrow();
      // An unknown object is left to the object routes, which answer its 404.
      return corpus
          .canonicalId(type, s[1])
          .map(id -> containing(request, type, id, descriptors, s[1]));
    }
    return Optional.empty();
  }

  private ObjectNode graphs(ApiRequest request, String[] s) {
    if (s.length == 1) {
      return list(request);
    }
    GraphData.Graph graph = visible(request, s[1]);
    if (s.length == 2) {
      ObjectNode body = Json.object();
      body.set("data", Envelopes.object(graph.object(), request.base()));
      return body;
    }
    if (s.length == 3) {
      return related(request, graph, s[2], false);
    }
    if (s.length == 4 && s[2].equals("relationships")) {
      return related(request, graph, s[3], true);
    }
    throw ApiException.notFound("Resource \"/" + String.join("/", s) + "\" not found");
  }

  private ObjectNode list(ApiRequest request) {
    String filterValue = emptyToNull(request.param("filter"));
    String order = emptyToNull(request.param("order"));
    String cursor = emptyToNull(request.param("cursor"));
    String limitParam = request.param("limit");
    int limit = Cursors.limit(limitParam, DEFAULT_LIMIT, MAX_LIMIT);
    Predicate<GraphData.Graph> wanted = filter.parse(filterValue);
    String user = request.account().userId();
    List<GraphData.Graph> selected = new ArrayList<>();
    for (GraphData.Graph g : graphs.values()) {
      if (g.visibleTo(user) && wanted.test(g)) {
        selected.add(g);
      }
    }
    selected.sort(comparator(order));
    String scope = "/api/v3/graphs?" + filterValue + "&" + order + "&" + user;
    int offset = decode(cursor, scope);
    List<ObjectNode> page = new ArrayList<>();
    String projection = emptyToNull(request.param("attributes"));
    for (int i = offset; i < Math.min(selected.size(), offset + limit); i++) {
      ObjectNode object = Envelopes.object(selected.get(i).object(), request.base());
      if (projection != null) {
        // attributes=private,graph_data keeps only the named attributes (graphs API example).
        ObjectNode kept = Json.object();
        for (String name : projection.split(",")) {
          JsonNode value = object.path("attributes").get(name.trim());
          if (value != null) {
            kept.set(name.trim(), value);
          }
        }
        object.set("attributes", kept);
      }
      page.add(object);
    }
    String self = request.base() + "/graphs";
    ObjectNode links = Json.object();
    links.put(
        "self",
        self
            + Envelopes.query(
                "filter", filterValue, "order", order, "cursor", cursor, "limit", limitParam));
    ObjectNode meta = null;
    if (offset + limit < selected.size()) {
      String next = CURSOR_PREFIX + Cursors.encode(offset + limit, scope);
      meta = Json.object().put("cursor", next);
      links.put(
          "next",
          self
              + Envelopes.query(
                  "filter", filterValue, "order", order, "cursor", next, "limit", limitParam));
    }
    return Envelopes.page(page, meta, links);
  }

  private Comparator<GraphData.Graph> comparator(String order) {
    String wanted = order == null ? "last_modified_date-" : order.trim();
    boolean descending = wanted.endsWith("-");
    String field =
        wanted.endsWith("-") || wanted.endsWith("+")
            ? wanted.substring(0, wanted.length() - 1)
            : wanted;
    Comparator<GraphData.Graph> byField;
    if (TEXT_ORDERS.contains(field)) {
      byField =
          Comparator.comparing(
              g ->
                  (field.equals("owner")
                          ? g.owner()
                          : g.object()
                              .path("attributes")
                              .path("graph_data")
                              .path("description")
                              .asText())
                      .toLowerCase(Locale.ROOT));
    } else if (Set.of("creation_date", "last_modified_date", "views_count", "comments_count")
        .contains(field)) {
      byField = Comparator.comparingLong(g -> g.object().path("attributes").path(field).asLong());
    } else {
      throw GraphFilter.invalid(
          "Invalid order \""
              + order
              + "\"; supported: name, owner, creation_date, last_modified_date, views_count,"
              + " comments_count, each optionally followed by + or -");
    }
    if (descending) {
      byField = byField.reversed();
    }
    return semantics.ties() == SearchSemantics.Ties.BY_ID
        ? byField.thenComparing(GraphData.Graph::id)
        : byField.thenComparing(g -> Integer.reverse(g.id().hashCode()));
  }

  private ObjectNode related(
      ApiRequest request, GraphData.Graph graph, String name, boolean descriptors) {
    if (!RELATIONSHIPS.contains(name)) {
      throw ApiException.notFound("Relationship \"" + name + "\" not found for graph");
    }
    String objectPath = request.base() + "/graphs/" + graph.id();
    String relatedPath = objectPath + "/" + name;
    String selfPath = descriptors ? objectPath + "/relationships/" + name : relatedPath;
    if (ONE_TO_ONE.contains(name)) {
      ObjectNode body = Json.object();
      if (name.equals("owner") && !graph.owner().isEmpty()) {
        ObjectNode owner = GraphData.user(graph.owner());
        body.set(
            "data",
            descriptors
                ? Corpus.descriptor(Ref.of("user", graph.owner()))
                : Envelopes.object(owner, request.base()));
      } else {
        body.putNull("data");
      }
      ObjectNode links = body.putObject("links");
      links.put("self", selfPath);
      if (descriptors) {
        links.put("related", relatedPath);
      }
      return body;
    }
    List<ObjectNode> all = new ArrayList<>();
    switch (name) {
      case "items" ->
          graph
              .items()
              .forEach(
                  r ->
                      all.add(
                          descriptors
                              ? Corpus.descriptor(r)
                              : Envelopes.resolve(corpus, r, request.base())));
      case "comments" ->
          graph
              .comments()
              .forEach(
                  c ->
                      all.add(
                          descriptors
                              ? Corpus.descriptor(Ref.of("comment", c.path("id").asText()))
                              : Envelopes.object(c, request.base())));
      default ->
          (name.equals("editors") ? graph.editors() : graph.viewers())
              .forEach(
                  u ->
                      all.add(
                          descriptors
                              ? Corpus.descriptor(Ref.of("user", u))
                              : Envelopes.object(GraphData.user(u), request.base())));
    }
    return page(request, all, selfPath, descriptors ? relatedPath : null, false);
  }

  /** {@code /{collection}/{id}/graphs}: the graphs the key may see that hold the object. */
  private ObjectNode containing(
      ApiRequest request, String type, String id, boolean descriptors, String rawId) {
    String user = request.account().userId();
    List<ObjectNode> all = new ArrayList<>();
    for (GraphData.Graph g : graphs.values()) {
      if (g.visibleTo(user) && g.items().contains(Ref.of(type, id))) {
        all.add(
            descriptors
                ? Corpus.descriptor(Ref.of("graph", g.id()))
                : Envelopes.object(g.object(), request.base()));
      }
    }
    String objectPath = request.base() + "/" + ObjectTypes.collection(type) + "/" + rawId;
    String relatedPath = objectPath + "/graphs";
    return page(
        request,
        all,
        descriptors ? objectPath + "/relationships/graphs" : relatedPath,
        descriptors ? relatedPath : null,
        true);
  }

  /** One page of a relationship; like the graph captures, no {@code meta} unless more follow. */
  private static ObjectNode page(
      ApiRequest request, List<ObjectNode> all, String selfPath, String related, boolean count) {
    int limit = Cursors.limit(request.param("limit"), DEFAULT_LIMIT, MAX_LIMIT);
    String cursor = emptyToNull(request.param("cursor"));
    String scope = scope(selfPath);
    int offset = Cursors.decode(cursor, scope);
    List<ObjectNode> items =
        all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit));
    String size = Integer.toString(limit);
    ObjectNode links = Json.object();
    links.put("self", selfPath + Envelopes.query("cursor", cursor, "limit", size));
    if (related != null) {
      links.put("related", related);
    }
    ObjectNode meta = count ? Json.object().put("count", all.size()) : null;
    if (offset + limit < all.size()) {
      String next = Cursors.encode(offset + limit, scope);
      meta = meta == null ? Json.object() : meta;
      meta.put("cursor", next);
      links.put("next", selfPath + Envelopes.query("cursor", next, "limit", size));
    }
    return Envelopes.page(new ArrayList<>(items), meta, links);
  }

  private GraphData.Graph visible(ApiRequest request, String id) {
    GraphData.Graph graph = graphs.get(id);
    if (graph == null || !graph.visibleTo(request.account().userId())) {
      throw ApiException.notFound("Graph \"" + id + "\" not found");
    }
    return graph;
  }

  private static int decode(String cursor, String scope) {
    if (cursor == null) {
      return 0;
    }
    if (!cursor.startsWith(CURSOR_PREFIX)) {
      throw ApiException.badRequest("Invalid cursor");
    }
    return Cursors.decode(cursor.substring(CURSOR_PREFIX.length()), scope);
  }

  private static String scope(String path) {
    int api = path.indexOf("/api/v3/");
    return api < 0 ? path : path.substring(api);
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
