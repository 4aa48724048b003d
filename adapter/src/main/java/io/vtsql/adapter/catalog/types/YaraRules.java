package io.vtsql.adapter.catalog.types;

import static io.vtsql.adapter.catalog.ModifierSpec.Kind.LIST;
import static io.vtsql.adapter.catalog.ModifierSpec.Kind.TEXT;
import static io.vtsql.adapter.catalog.types.Declarations.orders;
import static io.vtsql.adapter.catalog.types.Declarations.spec;

import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.IdForms;
import io.vtsql.adapter.catalog.ListEndpoint;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.Privilege;

/**
 * The {@code yara_rule} object type: table {@code yara_rules}, the crowdsourced YARA rules, listed
 * by {@code GET /yara_rules} (protocol.md §6.2). Its filter matches words of the name, meta values
 * and author, so {@code name} and {@code author} equality is pushed as a superset; {@code enabled}
 * and the dates stay local, since their term spelling (epoch seconds or a day) is not the one the
 * adapter writes.
 */
public final class YaraRules {
  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("yara_rule", "yara_rules")
          .description(
              "Crowdsourced YARA rules VirusTotal runs on every file (id <ruleset>|<rule>)")
          .columns(
              Columns.id("Rule id: <yara_rulesets id>|<rule name>")
                  .text("name", "Rule name (filter: name:, words of the name or a meta value)")
                  .text("author", "Rule author (filter: author:)")
                  .bool("enabled", "Whether VirusTotal currently runs the rule")
                  .integer(
                      "matches",
                      "Approximate number of files the rule matched (a reserved word:"
                          + " quote it, \"matches\")")
                  .list("tags", "Rule tags (filter: tag:)")
                  .list(
                      "threat_categories",
                      "Threat categories of the files matched (filter:" + " threat_category:)")
                  .dates("creation_date", "Creation date of the rule")
                  .dates("included_date", "Time the rule joined the crowdsourced collection")
                  .dates("last_modification_date", "Last modification of the rule")
                  .text("rule", "Rule source text"))
          .key("id", IdForms.OPAQUE)
          .scan(
              new ListEndpoint(
                  "/yara_rules",
                  40,
                  Declarations.modifiers(
                      spec("name", "name", TEXT, false),
                      spec("author", "author", TEXT, false),
                      spec("tags", "tag", LIST, false),
                      spec("threat_categories", "threat_category", LIST, false)),
                  orders(
                      "matches",
                      "matches",
                      "creation_date",
                      "creation_date",
                      "included_date",
                      "included_date",
                      "last_modification_date",
                      "modification_date"),
                  Privilege.PUBLIC,
                  false))
          .build();

  private YaraRules() {}
}
