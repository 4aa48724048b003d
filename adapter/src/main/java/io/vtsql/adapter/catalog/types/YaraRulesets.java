package io.vtsql.adapter.catalog.types;

import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.IdForms;
import io.vtsql.adapter.catalog.ObjectType;

/**
 * The {@code yara_ruleset} object type: table {@code yara_rulesets}, read by id ({@code GET
 * /yara_rulesets/{id}}, capture octi_yara_ruleset_get.json: name, rules, source).
 */
public final class YaraRulesets {
  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("yara_ruleset", "yara_rulesets")
          .description(
              "Crowdsourced YARA rulesets (read by id, e.g. a file's"
                  + " crowdsourced_yara_results ruleset_id)")
          .columns(
              Columns.id("Ruleset id")
                  .text("name", "Ruleset name")
                  .text("source", "Repository the ruleset was downloaded from")
                  .text("rules", "Source text of every rule of the ruleset"))
          .key("id", IdForms.OPAQUE)
          .build();

  private YaraRulesets() {}
}
