package io.vtsql.adapter.catalog.types;

import static io.vtsql.adapter.catalog.ModifierSpec.Kind.DATE;
import static io.vtsql.adapter.catalog.ModifierSpec.Kind.LIST;
import static io.vtsql.adapter.catalog.types.Declarations.orders;
import static io.vtsql.adapter.catalog.types.Declarations.spec;

import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.IdForms;
import io.vtsql.adapter.catalog.ListEndpoint;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.Privilege;

/**
 * The {@code hunting_notification} object type: table {@code hunting_notifications}, one row per
 * match of a Livehunt rule, listed by {@code GET /intelligence/hunting_notifications} and read by
 * id below it (protocol.md §5 Hunting, §6.2).
 */
public final class HuntingNotifications {
  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("hunting_notification", "hunting_notifications")
          .collectionPath("/intelligence/hunting_notifications")
          .description(
              "Livehunt notifications: one per file a ruleset's rule matched (needs a Livehunt"
                  + " licence; the matched files with their notification are"
                  + " hunting_notification_files)")
          .columns(
              Columns.id("Notification id")
                  .dates("date", "Time of the notification (filter: date:)")
                  .text("rule_name", "Name of the rule that matched")
                  .list("rule_tags", "Tags of the rule that matched")
                  .text(
                      "snippet",
                      "Hexdump of the matched bytes, the match between begin_highlight and"
                          + " end_highlight")
                  .text("source_country", "Country the matched file was uploaded from")
                  .text("source_key", "Ciphered id of the file's submitter")
                  .bool("match_in_subfile", "Whether the match was in a file bundled in the file")
                  .list(
                      "tags",
                      "Notification tags: the ruleset and rule names and the file's sha256"
                          + " (filter: tag:)"))
          .key("id", IdForms.OPAQUE)
          // owner: filters by the ruleset's owner, which no column of a notification carries, so
          // it is not declared; count_limit only caps meta.count, which no column reads.
          .scan(
              new ListEndpoint(
                  "/intelligence/hunting_notifications",
                  40,
                  Declarations.modifiers(
                      spec("tags", "tag", LIST, false), spec("date", "date", DATE, false)),
                  orders("date", "date"),
                  Privilege.LIVEHUNT,
                  false))
          .privilege(Privilege.LIVEHUNT)
          .build();

  private HuntingNotifications() {}
}
