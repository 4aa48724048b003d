package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.Corpus;
import io.vtsql.simulator.search.SearchSemantics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * {@code GET /yara_rules}: the crowdsourced YARA rules, filtered by {@link YaraRuleFilter}, ordered
 * by {@code matches}, {@code creation_date}, {@code included_date} or {@code modification_date}
 * (suffix {@code +} or none ascending, {@code -} descending; ties and the default order by id, as
 * the docs' cursor, a datastore key, suggests), paged up to 40. Like the docs' example, {@code
 * meta} carries only {@code cursor}, and only when there is a next page.
 */
final class YaraRulesEndpoint {

  static final int DEFAULT_LIMIT = 10;
  static final int MAX_LIMIT = 40;
  private static final Map<String, String> ORDERS =
      Map.of(
          "matches",
          "matches",
          "creation_date",
          "creation_date",
          "included_date",
          "included_date",
          "modification_date",
          "last_modification_date");

  private final Corpus corpus;
  private final SearchSemantics.Bounds plus;

  YaraRulesEndpoint(Corpus corpus, SearchSemantics.Bounds plus) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.plus = Objects.requireNonNull(plus, "plus");
  }

  ObjectNode list(ApiRequest request) {
    int limit = limit(request.param("limit"));
    String filter = emptyToNull(request.param("filter"));
    String order = emptyToNull(request.param("order"));
    Predicate<JsonNode> wanted = YaraRuleFilter.parse(filter, plus);
    Comparator<ObjectNode> byOrder = comparator(order);
    List<ObjectNode> rules = new ArrayList<>();
    for (ObjectNode rule : corpus.all("yara_rule")) {
      if (wanted.test(rule.path("attributes"))) {
        rules.add(rule);
      }
    }
    rules.sort(byOrder);
    String self = request.base() + "/yara_rules";
    String scope = "/api/v3/yara_rules?" + filter + "&" + order;
    String cursor = emptyToNull(request.param("cursor"));
    int offset = Cursors.decode(cursor, scope);
    List<ObjectNode> page = new ArrayList<>();
    for (int i = offset; i < Math.min(rules.size(), offset + limit); i++) {
      page.add(Envelopes.object(rules.get(i), request.base()));
    }
    ObjectNode links = Json.object();
    String size = Integer.toString(limit);
    links.put(
        "self",
        self + Envelopes.query("filter", filter, "order", order, "cursor", cursor, "limit", size));
    ObjectNode meta = null;
    if (offset + limit < rules.size()) {
      String next = Cursors.encode(offset + limit, scope);
      meta = Json.object().put("cursor", next);
      links.put(
          "next",
          self + Envelopes.query("filter", filter, "order", order, "cursor", next, "limit", size));
    }
    return Envelopes.page(page, meta, links);
  }

  /**
   * The page size: 10 by default; above 40 answers 400 InvalidArgumentError, as the brief of issue
   * 12 specifies for this list endpoint (relationships answer BadRequestError).
   */
  private static int limit(String value) {
    int limit = Cursors.limit(value, DEFAULT_LIMIT, Integer.MAX_VALUE);
    if (limit > MAX_LIMIT) {
      throw YaraRuleFilter.invalid("Limit can't be larger than " + MAX_LIMIT);
    }
    return limit;
  }

  private static Comparator<ObjectNode> comparator(String order) {
    Comparator<ObjectNode> byId = Comparator.comparing(o -> o.path("id").asText());
    if (order == null) {
      return byId;
    }
    boolean descending = order.endsWith("-");
    String name =
        order.endsWith("-") || order.endsWith("+") ? order.substring(0, order.length() - 1) : order;
    String field = ORDERS.get(name);
    if (field == null) {
      throw YaraRuleFilter.invalid("Invalid order \"" + order + "\"");
    }
    Comparator<ObjectNode> byField =
        Comparator.comparingLong(o -> o.path("attributes").path(field).asLong());
    return (descending ? byField.reversed() : byField).thenComparing(byId);
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
