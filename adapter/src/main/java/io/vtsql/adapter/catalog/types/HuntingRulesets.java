package io.vtsql.adapter.catalog.types;

import static io.vtsql.adapter.catalog.ModifierSpec.Kind.BOOLEAN;
import static io.vtsql.adapter.catalog.ModifierSpec.Kind.LIST;
import static io.vtsql.adapter.catalog.ModifierSpec.Kind.TEXT;
import static io.vtsql.adapter.catalog.VtColumnType.INTEGER;
import static io.vtsql.adapter.catalog.types.Declarations.orders;
import static io.vtsql.adapter.catalog.types.Declarations.spec;

import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.IdForms;
import io.vtsql.adapter.catalog.ListEndpoint;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.Privilege;

/**
 * The {@code hunting_ruleset} object type: table {@code hunting_rulesets}, the key's Livehunt
 * rulesets, listed by {@code GET /intelligence/hunting_rulesets} and read by id below it
 * (protocol.md §5 Hunting, §6.2, §9.7).
 */
public final class HuntingRulesets {
  // Relationship rows: name, target type(s) separated by '|', flags ("E" = premium only,
  // "1" = 1:1), description (the list the API serves at /metadata).
  private static final String[][] RELATIONSHIPS = {
    {"editors", "user|group", "", "Users and groups the ruleset is shared with"},
    {"owner", "user", "1", "User who owns the ruleset"},
  };

  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("hunting_ruleset", "hunting_rulesets")
          .collectionPath("/intelligence/hunting_rulesets")
          .description(
              "Livehunt rulesets of the key's account and those shared with it (needs a"
                  + " Livehunt licence)")
          .columns(
              Columns.id("Ruleset id")
                  .text("name", "Ruleset name (filter: name:)")
                  .bool("enabled", "Whether the ruleset runs on new files (filter: enabled:)")
                  .add(
                      "limit",
                      INTEGER,
                      "limit",
                      "Most notifications the ruleset generates a day (a reserved word: quote"
                          + " it, \"limit\")")
                  .text("rules", "YARA source of the ruleset's rules (filter: rules:)")
                  .list("notification_emails", "Addresses notified of matches")
                  .text("match_object_type", "What the rules run on: file, url, domain or ip")
                  .dates("creation_date", "Time the ruleset was created")
                  .dates("modification_date", "Last time the ruleset changed")
                  .integer("number_of_rules", "Rules in the ruleset")
                  .list("tags", "Ruleset tags (filter: tag:)"))
          .key("id", IdForms.OPAQUE)
          // Only ANDed terms are pushed (no OR/NOT documented here). The name order is not pushed:
          // its collation (letter case) is undocumented.
          .scan(
              new ListEndpoint(
                  "/intelligence/hunting_rulesets",
                  40,
                  Declarations.modifiers(
                      spec("enabled", "enabled", BOOLEAN, false),
                      spec("name", "name", TEXT, false),
                      spec("rules", "rules", TEXT, false),
                      spec("tags", "tag", LIST, false)),
                  orders(
                      "creation_date", "creation_date", "modification_date", "modification_date"),
                  Privilege.LIVEHUNT,
                  false))
          .privilege(Privilege.LIVEHUNT)
          .relationships(RELATIONSHIPS)
          .build();

  private HuntingRulesets() {}
}
