package io.vtsql.simulator.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The searchable entities, chosen with {@code entity:} ({@code file} when absent), with the
 * attributes their searches read and their allowed orders (protocol.md §6 and the captures' {@code
 * meta.allowed_orders}) and defaults.
 */
enum Entity {
  FILE(
      "file",
      "file",
      "last_submission_date-",
      List.of(
          "type_tag",
          "type_tags",
          "size",
          "last_analysis_stats.malicious",
          "first_submission_date",
          "last_submission_date",
          "last_analysis_date",
          "tags",
          "names",
          "meaningful_name",
          "times_submitted",
          "unique_sources",
          "md5",
          "sha1",
          "sha256",
          "pe_info.imphash",
          "authentihash",
          "vhash",
          "tlsh",
          "ssdeep",
          "last_analysis_results"),
      orders(
          "first_submission_date", "first_submission_date",
          "last_submission_date", "last_submission_date",
          "positives", "last_analysis_stats.malicious",
          "times_submitted", "times_submitted",
          "size", "size",
          "unique_sources", "unique_sources")),
  URL(
      "url",
      "url",
      "last_submission_date-",
      List.of(
          "url",
          "title",
          "last_http_response_code",
          "last_analysis_stats.malicious",
          "first_submission_date",
          "last_submission_date",
          "last_analysis_date",
          "times_submitted",
          "tags",
          "categories",
          "last_analysis_results"),
      orders(
          "first_submission_date", "first_submission_date",
          "last_submission_date", "last_submission_date",
          "positives", "last_analysis_stats.malicious",
          "times_submitted", "times_submitted",
          "status", "last_http_response_code")),
  DOMAIN(
      "domain",
      "domain",
      "last_modification_date-",
      List.of(
          "tld",
          "registrar",
          "creation_date",
          "last_update_date",
          "last_modification_date",
          "last_analysis_stats.malicious",
          "tags",
          "categories",
          "whois"),
      orders(
          "creation_date", "creation_date",
          "last_modification_date", "last_modification_date",
          "last_update_date", "last_update_date",
          "positives", "last_analysis_stats.malicious")),
  IP(
      "ip",
      "ip_address",
      "last_modification_date-",
      List.of(
          "asn",
          "as_owner",
          "country",
          "last_modification_date",
          "last_analysis_stats.malicious",
          "tags"),
      ipOrders());

  private final String keyword;
  private final String apiType;
  private final String defaultOrder;
  private final List<String> searchedPaths;
  private final Map<String, Function<ObjectNode, Comparable<?>>> orders;

  Entity(
      String keyword,
      String apiType,
      String defaultOrder,
      List<String> searchedPaths,
      Map<String, Function<ObjectNode, Comparable<?>>> orders) {
    this.keyword = keyword;
    this.apiType = apiType;
    this.defaultOrder = defaultOrder;
    this.searchedPaths = searchedPaths;
    this.orders = orders;
  }

  /** The entity named by an {@code entity:} value (case-insensitive). */
  static Entity fromKeyword(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    for (Entity entity : values()) {
      if (entity.keyword.equals(lower)) {
        return entity;
      }
    }
    throw SearchException.badRequest(
        "Unsupported entity '" + value + "': expected one of file, url, domain, ip");
  }

  /** The value of {@code entity:} that selects this entity. */
  String keyword() {
    return keyword;
  }

  /** The API object type of the hits and of the corpus table searched. */
  String apiType() {
    return apiType;
  }

  /** The order used when the request has none. */
  String defaultOrder() {
    return defaultOrder;
  }

  /**
   * Every attribute path the entity's modifiers and orders read; searches run over {@link
   * Projection}s on these paths, so a modifier reading any other path would never match.
   */
  List<String> searchedPaths() {
    return searchedPaths;
  }

  /** Allowed order fields, in the order {@code meta.allowed_orders} lists them. */
  List<String> allowedOrders() {
    return List.copyOf(orders.keySet());
  }

  /** The sort key extractor of an allowed order field, or null when the field is not allowed. */
  Function<ObjectNode, Comparable<?>> sortKey(String field) {
    return orders.get(field);
  }

  private static Map<String, Function<ObjectNode, Comparable<?>>> orders(String... fieldAndPath) {
    Map<String, Function<ObjectNode, Comparable<?>>> map = new LinkedHashMap<>();
    for (int i = 0; i < fieldAndPath.length; i += 2) {
      String[] path = Attributes.path(fieldAndPath[i + 1]);
      map.put(fieldAndPath[i], object -> Attributes.longValue(object, path));
    }
    return map;
  }

  private static Map<String, Function<ObjectNode, Comparable<?>>> ipOrders() {
    Map<String, Function<ObjectNode, Comparable<?>>> map = new LinkedHashMap<>();
    map.put("ip", object -> IpAddresses.sortKey(object.path("id").asText()));
    map.putAll(
        orders(
            "last_modification_date",
            "last_modification_date",
            "positives",
            "last_analysis_stats.malicious"));
    return map;
  }
}
