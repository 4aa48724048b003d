package io.vtsql.adapter.catalog.types;

import static io.vtsql.adapter.catalog.ModifierSpec.Kind.DATE;
import static io.vtsql.adapter.catalog.ModifierSpec.Kind.LIST;
import static io.vtsql.adapter.catalog.VtColumnType.BOOLEAN;
import static io.vtsql.adapter.catalog.VtColumnType.TIMESTAMP;
import static io.vtsql.adapter.catalog.VtColumnType.VARCHAR;
import static io.vtsql.adapter.catalog.VtColumnType.VARCHAR_ARRAY;
import static io.vtsql.adapter.catalog.types.Declarations.spec;

import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.ListEndpoint;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.Privilege;
import java.util.Map;
import java.util.Set;

/**
 * Table {@code hunting_notification_files}: the file objects of {@code GET
 * /intelligence/hunting_notification_files}, each with the Livehunt notification that matched it
 * ({@code context_attributes}, protocol.md §5 Hunting) as typed columns after the file's own.
 */
public final class HuntingNotificationFiles {
  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("hunting_notification_file", "hunting_notification_files")
          .collectionPath("/intelligence/hunting_notification_files")
          .itemTypes("file")
          .description(
              "Files Livehunt rules matched, one row per notification: the files columns"
                  + " (id is the sha256, so rows join the files tables) then the notification's"
                  + " (needs a Livehunt licence)")
          .columns(
              Columns.id("SHA-256 of the matched file")
                  .sharedWith(Files.TYPE, Set.of())
                  .context("notification_id", VARCHAR, "notification_id", "Notification id")
                  .context(
                      "notification_date",
                      TIMESTAMP,
                      "notification_date",
                      "Time of the notification (UTC; filter: date:)")
                  .context("rule_name", VARCHAR, "rule_name", "Name of the rule that matched")
                  .context("rule_tags", VARCHAR_ARRAY, "rule_tags", "Tags of the rule")
                  .context(
                      "ruleset_id", VARCHAR, "ruleset_id", "Id of the ruleset (hunting_rulesets)")
                  .context("ruleset_name", VARCHAR, "ruleset_name", "Name of the ruleset")
                  .context(
                      "notification_tags",
                      VARCHAR_ARRAY,
                      "notification_tags",
                      "Notification tags: ruleset and rule names and the sha256 (filter: tag:)")
                  .context(
                      "notification_snippet",
                      VARCHAR,
                      "notification_snippet",
                      "Hexdump of the matched bytes")
                  .context(
                      "notification_source_key",
                      VARCHAR,
                      "notification_source_key",
                      "Ciphered id of the file's submitter")
                  .context(
                      "match_in_subfile",
                      BOOLEAN,
                      "match_in_subfile",
                      "Whether the match was in a file bundled in the file"))
          // The filter takes the notifications' properties as exact keywords (reference
          // get-hunting-notification-files); the terms of hunting_notifications are pushed as
          // supersets and kept locally. No order is documented: rows come in the API's order.
          .scan(
              new ListEndpoint(
                  "/intelligence/hunting_notification_files",
                  40,
                  Declarations.modifiers(
                      spec("notification_tags", "tag", LIST, false),
                      spec("notification_date", "date", DATE, false)),
                  Map.of(),
                  Privilege.LIVEHUNT,
                  false))
          .privilege(Privilege.LIVEHUNT)
          .build();

  private HuntingNotificationFiles() {}
}
