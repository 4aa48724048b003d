package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.Licence;
import io.vtsql.simulator.corpus.Corpus;
import io.vtsql.simulator.corpus.gen.HuntingData;
import io.vtsql.simulator.corpus.gen.HuntingData.Notification;
import io.vtsql.simulator.corpus.gen.HuntingData.Ruleset;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Livehunt (protocol.md §5 Hunting, §6.2): {@code /intelligence/hunting_rulesets} with its objects
 * and owner/editors relationships, {@code /intelligence/hunting_notifications} (list with {@code
 * count_limit}, and by id), {@code /intelligence/hunting_notification_files} and {@code
 * /ioc_stream}. Every route needs the Livehunt licence (403 otherwise); only the demo analyst owns
 * rulesets, every other account sees empty lists.
 */
final class LivehuntEndpoints implements ProductEndpoints {

  private static final String RULESETS = "/intelligence/hunting_rulesets";
  private static final String NOTIFICATIONS = "/intelligence/hunting_notifications";
  private static final String NOTIFICATION_FILES = "/intelligence/hunting_notification_files";
  private static final String STREAM = "/ioc_stream";
  private static final int COUNT_LIMIT_DEFAULT = 200;
  private static final int COUNT_LIMIT_MAX = 10_000;

  static final ListSpec RULESETS_SPEC =
      new ListSpec(
          RULESETS,
          40,
          Map.of(
              "enabled", AttributeMatch.equalsValue("enabled"),
              "name", AttributeMatch.contains("name"),
              "rules", AttributeMatch.contains("rules"),
              "tag", AttributeMatch.anyEquals("tags")),
          Map.of(
              "name", "name",
              "creation_date", "creation_date",
              "modification_date", "modification_date"),
          Set.of("name"),
          "creation_date-");

  static final ListSpec NOTIFICATIONS_SPEC =
      new ListSpec(
          NOTIFICATIONS,
          40,
          Map.of(
              "tag", AttributeMatch.anyEquals("tags"),
              "owner", AttributeMatch.equalsValue("owner"),
              "date", AttributeMatch.date("date")),
          Map.of("date", "date"),
          Set.of(),
          "date-");

  /** No order is documented for the files: they come newest notification first. */
  static final ListSpec NOTIFICATION_FILES_SPEC =
      new ListSpec(
          NOTIFICATION_FILES,
          40,
          Map.of(
              "tag", AttributeMatch.anyEquals("tags"),
              "owner", AttributeMatch.equalsValue("owner"),
              "date", AttributeMatch.date("date")),
          Map.of(),
          Set.of(),
          "date-");

  static final ListSpec STREAM_SPEC =
      new ListSpec(
          STREAM,
          40,
          Map.of(
              "date", AttributeMatch.date("date"),
              "origin", AttributeMatch.equalsValue("origin"),
              "entity_type", AttributeMatch.equalsValue("entity_type"),
              "entity_id", AttributeMatch.equalsValue("entity_id"),
              "source_type", AttributeMatch.anyEquals("source_type"),
              "source_id", AttributeMatch.anyEquals("source_id"),
              "notification_tag", AttributeMatch.anyEquals("tags")),
          Map.of("date", "date"),
          Set.of(),
          "date-");

  /** One listed row: what filters and orders read, and the item it is served as. */
  private record Entry(ObjectNode facets, Supplier<ObjectNode> item) {}

  private final Corpus corpus;
  private final HuntingData data;
  private final Clock clock;

  LivehuntEndpoints(Corpus corpus, Clock clock) {
    this.corpus = corpus;
    this.clock = clock;
    this.data = HuntingData.generate(corpus, clock.instant());
  }

  @Override
  public Optional<ObjectNode> serve(ApiRequest request, String[] s) {
    if (s.length == 1 && s[0].equals("ioc_stream")) {
      request.require(Licence.LIVEHUNT);
      return Optional.of(page(request, STREAM_SPEC, stream(request), true, null));
    }
    if (s.length < 2 || !s[0].equals("intelligence")) {
      return Optional.empty();
    }
    switch (s[1]) {
      case "hunting_rulesets":
        request.require(Licence.LIVEHUNT);
        return Optional.of(rulesets(request, s));
      case "hunting_notifications":
        request.require(Licence.LIVEHUNT);
        if (s.length == 2) {
          return Optional.of(
              page(
                  request, NOTIFICATIONS_SPEC, notifications(request), false, countLimit(request)));
        }
        if (s.length == 3) {
          return Optional.of(single(notification(request, s[2])));
        }
        throw notFound(s);
      case "hunting_notification_files":
        request.require(Licence.LIVEHUNT);
        if (s.length != 2) {
          throw notFound(s);
        }
        if (request.param("order") != null) {
          throw FilterTerms.invalid(NOTIFICATION_FILES, "order is not supported");
        }
        return Optional.of(
            page(request, NOTIFICATION_FILES_SPEC, files(request), false, countLimit(request)));
      default:
        return Optional.empty();
    }
  }

  private ObjectNode rulesets(ApiRequest request, String[] s) {
    if (s.length == 2) {
      List<Entry> entries = new ArrayList<>();
      for (Ruleset r : visibleRulesets(request)) {
        ObjectNode facets = Json.object();
        facets.put("id", r.id());
        facets.put("name", r.name());
        facets.put("rules", r.rules());
        facets.put("enabled", Boolean.toString(r.enabled()));
        facets.put("creation_date", r.creationDate());
        facets.put("modification_date", r.modificationDate());
        ArrayNode tags = facets.putArray("tags");
        r.tags().forEach(tags::add);
        entries.add(new Entry(facets, () -> ruleset(r, request.base())));
      }
      return page(request, RULESETS_SPEC, entries, false, null);
    }
    Ruleset ruleset =
        visibleRulesets(request).stream()
            .filter(r -> r.id().equals(s[2]))
            .findFirst()
            .orElseThrow(() -> ApiException.notFound("HuntingRuleset \"" + s[2] + "\" not found"));
    if (s.length == 3) {
      return single(ruleset(ruleset, request.base()));
    }
    boolean descriptors = s.length == 5 && s[3].equals("relationships");
    if (s.length != 4 && !descriptors) {
      throw notFound(s);
    }
    String relationship = s[s.length - 1];
    String self = request.base() + RULESETS + "/" + ruleset.id();
    String related = self + "/" + relationship;
    String link = descriptors ? self + "/relationships/" + relationship : related;
    switch (relationship) {
      case "owner":
        {
          ObjectNode body = Json.object();
          body.set("data", account("user", HuntingData.OWNER, descriptors, request.base()));
          ObjectNode links = body.putObject("links");
          links.put("self", link);
          links.put("related", related);
          return body;
        }
      case "editors":
        {
          List<Entry> entries = new ArrayList<>();
          for (String[] editor : data.editors(ruleset)) {
            entries.add(
                new Entry(
                    Json.object(),
                    () -> account(editor[0], editor[1], descriptors, request.base())));
          }
          return relationshipPage(request, link, entries);
        }
      default:
        throw ApiException.notFound(
            "Relationship \"" + relationship + "\" not found for hunting_ruleset");
    }
  }

  private List<Ruleset> visibleRulesets(ApiRequest request) {
    return owns(request) ? data.rulesets() : List.of();
  }

  private List<Notification> visibleNotifications(ApiRequest request, String entityType) {
    if (!owns(request)) {
      return List.of();
    }
    return data.notifications().stream()
        .filter(n -> entityType == null || n.entityType().equals(entityType))
        .toList();
  }

  private static boolean owns(ApiRequest request) {
    return request.account().userId().equals(HuntingData.OWNER);
  }

  private List<Entry> notifications(ApiRequest request) {
    List<Entry> entries = new ArrayList<>();
    for (Notification n : visibleNotifications(request, "file")) {
      entries.add(new Entry(notificationFacets(n), () -> notificationObject(n, request.base())));
    }
    return entries;
  }

  private ObjectNode notification(ApiRequest request, String id) {
    return visibleNotifications(request, "file").stream()
        .filter(n -> n.id().equals(id))
        .findFirst()
        .map(n -> notificationObject(n, request.base()))
        .orElseThrow(() -> ApiException.notFound("HuntingNotification \"" + id + "\" not found"));
  }

  private List<Entry> files(ApiRequest request) {
    List<Entry> entries = new ArrayList<>();
    for (Notification n : visibleNotifications(request, "file")) {
      entries.add(
          new Entry(
              notificationFacets(n),
              () -> {
                ObjectNode file = entity(n, request.base());
                ObjectNode context = file.putObject("context_attributes");
                context.put("notification_id", n.id());
                context.put("notification_date", n.date());
                context.put("rule_name", n.ruleName());
                context.put("ruleset_id", n.ruleset().id());
                context.put("ruleset_name", n.ruleset().name());
                strings(context.putArray("notification_tags"), n.tags());
                context.put("notification_snippet", n.snippet());
                context.put("notification_source_key", n.sourceKey());
                context.put("match_in_subfile", n.matchInSubfile());
                strings(context.putArray("rule_tags"), n.ruleTags());
                return file;
              }));
    }
    return entries;
  }

  private List<Entry> stream(ApiRequest request) {
    String descriptorsOnly = request.param("descriptors_only");
    if (descriptorsOnly != null
        && !descriptorsOnly.equalsIgnoreCase("true")
        && !descriptorsOnly.equalsIgnoreCase("false")) {
      throw ApiException.badRequest("Invalid descriptors_only \"" + descriptorsOnly + "\"");
    }
    boolean descriptors = "true".equalsIgnoreCase(descriptorsOnly);
    List<Entry> entries = new ArrayList<>();
    for (Notification n : visibleNotifications(request, null)) {
      ObjectNode facets = Json.object();
      facets.put("id", n.id());
      facets.put("date", n.date());
      facets.put("origin", "hunting");
      facets.put("entity_type", n.entityType());
      facets.put("entity_id", n.entityId());
      strings(facets.putArray("source_type"), List.of("hunting_ruleset"));
      strings(facets.putArray("source_id"), List.of(n.ruleset().id()));
      strings(facets.putArray("tags"), n.tags());
      entries.add(
          new Entry(
              facets,
              () -> {
                if (descriptors) {
                  ObjectNode d = Json.object();
                  d.put("type", n.entityType());
                  d.put("id", n.entityId());
                  return d;
                }
                ObjectNode object = entity(n, request.base());
                ObjectNode context = object.putObject("context_attributes");
                context.put("notification_id", n.id());
                context.put("notification_date", n.date());
                context.put("origin", "hunting");
                ObjectNode source = context.putArray("sources").addObject();
                source.put("type", "hunting_ruleset");
                source.put("id", n.ruleset().id());
                source.put("name", n.ruleset().name());
                strings(context.putArray("tags"), n.tags());
                ObjectNode info = context.putObject("hunting_info");
                info.put("rule_name", n.ruleName());
                strings(info.putArray("rule_tags"), n.ruleTags());
                info.put("snippet", n.snippet());
                info.put("source_country", n.sourceCountry());
                info.put("source_key", n.sourceKey());
                info.put("match_in_subfile", n.matchInSubfile());
                return object;
              }));
    }
    return entries;
  }

  private static ObjectNode notificationFacets(Notification n) {
    ObjectNode facets = Json.object();
    facets.put("id", n.id());
    facets.put("date", n.date());
    facets.put("owner", HuntingData.OWNER);
    strings(facets.putArray("tags"), n.tags());
    return facets;
  }

  /** A copy of the corpus object a notification points at (its context is added to the copy). */
  private ObjectNode entity(Notification n, String base) {
    ObjectNode object =
        corpus
            .find(n.entityType(), n.entityId())
            .orElseThrow(() -> new IllegalStateException("no " + n.entityId()));
    return Envelopes.object(object, base).deepCopy();
  }

  private static ObjectNode ruleset(Ruleset r, String base) {
    ObjectNode out = Json.object();
    out.put("type", "hunting_ruleset");
    out.put("id", r.id());
    out.putObject("links").put("self", base + RULESETS + "/" + r.id());
    ObjectNode a = out.putObject("attributes");
    a.put("name", r.name());
    a.put("enabled", r.enabled());
    a.put("limit", r.limit());
    a.put("rules", r.rules());
    strings(a.putArray("notification_emails"), List.of(HuntingData.OWNER + "@example.com"));
    a.put("match_object_type", r.matchObjectType());
    a.put("creation_date", r.creationDate());
    a.put("modification_date", r.modificationDate());
    a.put("number_of_rules", r.ruleNames().size());
    strings(a.putArray("tags"), r.tags());
    return out;
  }

  private static ObjectNode notificationObject(Notification n, String base) {
    ObjectNode out = Json.object();
    out.put("type", "hunting_notification");
    out.put("id", n.id());
    out.putObject("links").put("self", base + NOTIFICATIONS + "/" + n.id());
    ObjectNode a = out.putObject("attributes");
    a.put("date", n.date());
    a.put("match_in_subfile", n.matchInSubfile());
    a.put("rule_name", n.ruleName());
    strings(a.putArray("rule_tags"), n.ruleTags());
    a.put("snippet", n.snippet());
    a.put("source_country", n.sourceCountry());
    a.put("source_key", n.sourceKey());
    strings(a.putArray("tags"), n.tags());
    return out;
  }

  /** A user or group as another account sees it, or its descriptor. */
  private static ObjectNode account(String type, String id, boolean descriptor, String base) {
    ObjectNode out = Json.object();
    out.put("type", type);
    out.put("id", id);
    if (descriptor) {
      return out;
    }
    out.putObject("links").put("self", base + "/" + type + "s/" + id);
    ObjectNode a = out.putObject("attributes");
    if (type.equals("user")) {
      a.put("first_name", id.substring(id.indexOf('_') + 1));
      a.put("last_name", "Demo");
      a.put("profile_phrase", "");
      a.put("reputation", 1);
      a.put("status", "active");
      a.put("user_since", 1_600_000_000L);
    }
    return out;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static ObjectNode single(ObjectNode object) {
    ObjectNode body = Json.object();
    body.set("data", object);
    return body;
  }

  private static ApiException notFound(String[] s) {
    return ApiException.notFound("Resource \"/" + String.join("/", s) + "\" not found");
  }

  /** {@code count_limit}: 200 by default, at most 10,000 (protocol.md §10). */
  private static Integer countLimit(ApiRequest request) {
    String value = request.param("count_limit");
    if (value == null) {
      return COUNT_LIMIT_DEFAULT;
    }
    int limit;
    try {
      limit = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("Invalid count_limit \"" + value + "\"");
    }
    if (limit <= 0 || limit > COUNT_LIMIT_MAX) {
      throw ApiException.badRequest("count_limit must be between 1 and " + COUNT_LIMIT_MAX);
    }
    return limit;
  }

  /**
   * One page of a list: ANDed filter terms on the facets, the order, limit and an opaque cursor;
   * {@code meta.count} is the total (capped by {@code countLimit} when given) where the endpoint
   * reports it.
   */
  private ObjectNode page(
      ApiRequest request, ListSpec spec, List<Entry> entries, boolean total, Integer countLimit) {
    String filter = request.param("filter");
    String order = request.param("order");
    String descriptors = request.param("descriptors_only");
    String counted = request.param("count_limit");
    int limit = Cursors.limit(request.param("limit"), ListEndpoint.DEFAULT_LIMIT, spec.maxLimit());
    Predicate<JsonNode> matches = ListEndpoint.matcher(spec, filter, clock);
    String scope =
        "/api/v3"
            + spec.path()
            + "?filter="
            + filter
            + "&order="
            + order
            + "&descriptors_only="
            + descriptors
            + "&count_limit="
            + counted;
    String cursor = request.param("cursor");
    int offset = Cursors.decode(cursor, scope);
    List<Entry> selected = new ArrayList<>();
    for (Entry e : entries) {
      if (matches.test(e.facets())) {
        selected.add(e);
      }
    }
    selected.sort(comparator(spec, order));
    List<ObjectNode> items = new ArrayList<>();
    for (int i = offset; i < Math.min(selected.size(), offset + limit); i++) {
      items.add(selected.get(i).item().get());
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
                "descriptors_only",
                descriptors,
                "count_limit",
                counted,
                "cursor",
                cursor == null || cursor.isEmpty() ? null : cursor,
                "limit",
                size));
    ObjectNode meta = Json.object();
    if (total || countLimit != null) {
      meta.put(
          "count", countLimit == null ? selected.size() : Math.min(selected.size(), countLimit));
    }
    if (offset + limit < selected.size()) {
      String next = Cursors.encode(offset + limit, scope);
      meta.put("cursor", next);
      links.put(
          "next",
          path
              + Envelopes.query(
                  "filter",
                  filter,
                  "order",
                  order,
                  "descriptors_only",
                  descriptors,
                  "count_limit",
                  counted,
                  "cursor",
                  next,
                  "limit",
                  size));
    }
    return Envelopes.page(items, meta.isEmpty() ? null : meta, links);
  }

  /** A relationship page: limit (at most 40) and cursor, descriptors or objects. */
  private static ObjectNode relationshipPage(ApiRequest request, String link, List<Entry> entries) {
    int limit = Cursors.limit(request.param("limit"), ListEndpoint.DEFAULT_LIMIT, 40);
    String cursor = request.param("cursor");
    int offset = Cursors.decode(cursor, link);
    List<ObjectNode> items = new ArrayList<>();
    for (int i = offset; i < Math.min(entries.size(), offset + limit); i++) {
      items.add(entries.get(i).item().get());
    }
    ObjectNode links = Json.object();
    links.put("self", link + Envelopes.query("limit", Integer.toString(limit)));
    ObjectNode meta = null;
    if (offset + limit < entries.size()) {
      String next = Cursors.encode(offset + limit, link);
      meta = Json.object();
      meta.put("cursor", next);
      links.put("next", link + Envelopes.query("cursor", next, "limit", Integer.toString(limit)));
    }
    return Envelopes.page(items, meta, links);
  }

  private static Comparator<Entry> comparator(ListSpec spec, String order) {
    String wanted = order == null || order.isBlank() ? spec.defaultOrder() : order.trim();
    boolean descending = wanted.endsWith("-");
    String field =
        wanted.endsWith("-") || wanted.endsWith("+")
            ? wanted.substring(0, wanted.length() - 1)
            : wanted;
    String attribute = order == null || order.isBlank() ? field : spec.orders().get(field);
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
    Comparator<Entry> byField =
        spec.textOrders().contains(field)
            ? Comparator.comparing(
                e -> e.facets().path(attribute).asText().toLowerCase(Locale.ROOT))
            : Comparator.comparingLong(e -> e.facets().path(attribute).asLong());
    if (descending) {
      byField = byField.reversed();
    }
    return byField.thenComparing(e -> e.facets().path("id").asText());
  }
}
