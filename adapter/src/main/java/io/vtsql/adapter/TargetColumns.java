package io.vtsql.adapter;

import static io.vtsql.adapter.VtColumnType.INTEGER;
import static io.vtsql.adapter.VtColumnType.TIMESTAMP;
import static io.vtsql.adapter.VtColumnType.VARCHAR;
import static io.vtsql.adapter.VtColumnType.VARCHAR_ARRAY;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Typed columns of the objects relationships point at: the core tables' columns for files,
 * urls, domains and IP addresses, typed columns for resolutions, whois records, comments,
 * votes and submissions (protocol.md §9.7), and {@code id}, {@code type}, {@code attributes}
 * for any other object type (collections, graphs, analyses, ...).
 */
final class TargetColumns {
  private static final Map<String, VtEntity> CORE = Map.of("file", VtEntity.FILES,
      "url", VtEntity.URLS, "domain", VtEntity.DOMAINS, "ip_address", VtEntity.IP_ADDRESSES);
  private static final String STATS = "last_analysis_stats";

  private TargetColumns() {}

  /** Columns of a relationship table: parent id, target columns, then context attributes. */
  static List<RelationshipColumn> of(RelationshipDef def) {
    final List<RelationshipColumn> list = new ArrayList<>();
    list.add(new RelationshipColumn(RelationshipColumn.Kind.PARENT_ID, def.parentColumn(), null,
        "Id of the " + def.source().objectType() + " the relationship starts from"));
    if (def.targetTypes().size() > 1) {
      list.add(new RelationshipColumn(RelationshipColumn.Kind.TARGET_TYPE, "target_type", null,
          "Type of the related object: " + String.join(" or ", def.targetTypes())));
      list.add(RelationshipColumn.target(new VtColumn("target_id", VARCHAR,
          VtColumn.Source.ID, List.of(), "Id of the related object")));
      list.add(RelationshipColumn.target(raw()));
    } else {
      targets(def.targetTypes().get(0), list);
    }
    if (!def.toOne()) {
      list.add(new RelationshipColumn(RelationshipColumn.Kind.CONTEXT_ATTRIBUTES,
          "context_attributes", null,
          "Context attributes of the relationship as JSON (e.g. the url of a url target)"));
    }
    return List.copyOf(list);
  }

  private static void targets(String type, List<RelationshipColumn> list) {
    final VtEntity core = CORE.get(type);
    if (core != null) {
      VtCatalogue.columns(core).forEach(c -> list.add(RelationshipColumn.target(c)));
      return;
    }
    list.add(RelationshipColumn.target(new VtColumn("id", VARCHAR, VtColumn.Source.ID,
        List.of(), "Id of the " + type + " object")));
    switch (type) {
    case "resolution":
      date(list, "date", "Time the resolution was seen");
      attr(list, "host_name", VARCHAR, "host_name", "Domain name that resolved");
      attr(list, "ip_address", VARCHAR, "ip_address", "IP address it resolved to");
      attr(list, "resolver", VARCHAR, "resolver", "Source of the resolution");
      for (String side : List.of("host_name", "ip_address")) {
        for (String s : List.of("malicious", "suspicious", "harmless", "undetected")) {
          attr(list, side + "_" + s, INTEGER, side + "_" + STATS + "." + s,
              "Engines saying " + s + " about the " + side.replace('_', ' '));
        }
      }
      break;
    case "whois":
      date(list, "first_seen_date", "First time this WHOIS record was seen");
      date(list, "last_updated", "Last update date of the record");
      attr(list, "registrant_country", VARCHAR, "registrant_country", "Registrant country");
      attr(list, "registrar_name", VARCHAR, "registrar_name", "Registrar name");
      attr(list, "whois_map", VARCHAR, "whois_map", "Raw WHOIS fields as JSON");
      break;
    case "comment":
      date(list, "date", "Time the comment was posted");
      attr(list, "text", VARCHAR, "text", "Comment text");
      attr(list, "html", VARCHAR, "html", "Comment as HTML");
      attr(list, "tags", VARCHAR_ARRAY, "tags", "Tags (#words) of the comment");
      attr(list, "votes_positive", INTEGER, "votes.positive", "Positive votes");
      attr(list, "votes_negative", INTEGER, "votes.negative", "Negative votes");
      attr(list, "votes_abuse", INTEGER, "votes.abuse", "Abuse reports");
      break;
    case "vote":
      date(list, "date", "Time of the vote");
      attr(list, "verdict", VARCHAR, "verdict", "harmless or malicious");
      attr(list, "value", INTEGER, "value", "Signed weight of the vote");
      break;
    case "submission":
      date(list, "date", "Time of the submission");
      attr(list, "interface", VARCHAR, "interface", "Interface used (api, web, ...)");
      attr(list, "country", VARCHAR, "country", "Submitter country");
      attr(list, "city", VARCHAR, "city", "Submitter city");
      attr(list, "name", VARCHAR, "name", "Submitted file name");
      attr(list, "source_key", VARCHAR, "source_key", "Anonymised submitter id");
      break;
    default:
      list.add(new RelationshipColumn(RelationshipColumn.Kind.TARGET_TYPE, "type", null,
          "Object type of the related object"));
      break;
    }
    list.add(RelationshipColumn.target(raw()));
  }

  private static VtColumn raw() {
    return new VtColumn("attributes", VARCHAR, VtColumn.Source.RAW_ATTRIBUTES, List.of(),
        "All attributes of the related object as raw JSON, for JSON_VALUE/JSON_QUERY");
  }

  private static void attr(List<RelationshipColumn> list, String name, VtColumnType type,
      String path, String description) {
    list.add(RelationshipColumn.target(VtColumn.attribute(name, type, path, description)));
  }

  private static void date(List<RelationshipColumn> list, String name, String description) {
    attr(list, name, TIMESTAMP, name, description + " (UTC)");
  }
}
