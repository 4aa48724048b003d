package io.vtsql.adapter.catalog.types;

import static io.vtsql.adapter.catalog.ModifierSpec.Kind.DATE;
import static io.vtsql.adapter.catalog.ModifierSpec.Kind.KEYWORD;
import static io.vtsql.adapter.catalog.ModifierSpec.Kind.LIST;
import static io.vtsql.adapter.catalog.VtColumnType.BOOLEAN;
import static io.vtsql.adapter.catalog.VtColumnType.TIMESTAMP;
import static io.vtsql.adapter.catalog.VtColumnType.VARCHAR;
import static io.vtsql.adapter.catalog.VtColumnType.VARCHAR_ARRAY;
import static io.vtsql.adapter.catalog.types.Declarations.orders;
import static io.vtsql.adapter.catalog.types.Declarations.spec;

import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.ListEndpoint;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.Privilege;
import java.util.Set;

/**
 * Table {@code ioc_stream}: the files, URLs, domains and IP addresses of {@code GET /ioc_stream},
 * one row per notification. Rows have the {@code files} table's columns (a file row fills them all;
 * a URL, domain or IP address row fills those its type shares with files: verdict counts, votes,
 * reputation, tags, analysis dates; the rest of its attributes is in {@code attributes}), then
 * {@code entity_type} and the notification's context attributes. The stream's objects are
 * remembered, so a row's relationship and child tables (e.g. {@code file_last_analysis_results})
 * joined on its id are read without another request.
 */
public final class IocStream {
  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("ioc_stream_object", "ioc_stream")
          .itemTypes("file", "url", "domain", "ip_address")
          .description(
              "IoC stream: files, URLs, domains and IP addresses notified by Livehunt,"
                  + " Retrohunt and subscriptions, one row per notification, with the files"
                  + " columns (filled for file rows; verdicts, votes, tags and dates for every"
                  + " type), entity_type and the notification (needs a Livehunt licence)")
          .columns(
              Columns.id(
                      "Id of the notified object: a file's SHA-256, a URL id, a domain or an IP"
                          + " address")
                  .sharedWith(Files.TYPE, Set.of())
                  .objectType(
                      "entity_type", "file, url, domain or ip_address (filter: entity_type:)")
                  .context("notification_id", VARCHAR, "notification_id", "Notification id")
                  .context(
                      "notification_date",
                      TIMESTAMP,
                      "notification_date",
                      "Time of the notification (UTC; filter: date:)")
                  .context(
                      "origin",
                      VARCHAR,
                      "origin",
                      "Where the notification comes from, e.g. hunting (filter: origin:)")
                  .context(
                      "source_types",
                      VARCHAR_ARRAY,
                      "sources.*.type",
                      "Types of the notification's sources, e.g. hunting_ruleset (filter:"
                          + " source_type:)")
                  .context(
                      "source_ids",
                      VARCHAR_ARRAY,
                      "sources.*.id",
                      "Ids of the sources, e.g. the ruleset's (filter: source_id:)")
                  .context("source_names", VARCHAR_ARRAY, "sources.*.name", "Names of the sources")
                  .context(
                      "notification_tags",
                      VARCHAR_ARRAY,
                      "tags",
                      "Notification tags (filter: notification_tag:)")
                  .context(
                      "rule_name", VARCHAR, "hunting_info.rule_name", "Livehunt rule that matched")
                  .context("rule_tags", VARCHAR_ARRAY, "hunting_info.rule_tags", "Tags of the rule")
                  .context(
                      "snippet", VARCHAR, "hunting_info.snippet", "Hexdump of the matched bytes")
                  .context(
                      "source_country",
                      VARCHAR,
                      "hunting_info.source_country",
                      "Country the matched file was uploaded from")
                  .context(
                      "source_key",
                      VARCHAR,
                      "hunting_info.source_key",
                      "Ciphered id of the file's submitter")
                  .context(
                      "match_in_subfile",
                      BOOLEAN,
                      "hunting_info.match_in_subfile",
                      "Whether the match was in a file bundled in the file"))
          // Only ANDed terms (no OR/NOT documented). A projection of id and entity_type alone
          // asks descriptors_only=true.
          .scan(
              new ListEndpoint(
                  "/ioc_stream",
                  40,
                  Declarations.modifiers(
                      spec("entity_type", "entity_type", KEYWORD, false),
                      spec("origin", "origin", KEYWORD, false),
                      spec("source_types", "source_type", LIST, false),
                      spec("source_ids", "source_id", LIST, false),
                      spec("notification_tags", "notification_tag", LIST, false),
                      spec("notification_date", "date", DATE, false)),
                  orders("notification_date", "date"),
                  Privilege.LIVEHUNT,
                  false,
                  true,
                  false))
          .privilege(Privilege.LIVEHUNT)
          .build();

  private IocStream() {}
}
