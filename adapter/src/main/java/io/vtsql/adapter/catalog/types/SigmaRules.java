package io.vtsql.adapter.catalog.types;

import static io.vtsql.adapter.catalog.VtColumnType.VARCHAR;

import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.IdForms;
import io.vtsql.adapter.catalog.ObjectType;

/** The {@code sigma_rule} object type: table {@code sigma_rules}, read by id. */
public final class SigmaRules {
  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("sigma_rule", "sigma_rules")
          .description(
              "Crowdsourced Sigma rules (read by id, e.g. a sandbox report's"
                  + " sigma_analysis_results rule_id)")
          .columns(
              Columns.id("Sigma rule id")
                  .text("title", "Rule title")
                  .text("description", "Rule description")
                  .text("author", "Rule author")
                  .text("level", "Rule level: low, medium, high or critical")
                  .text("status", "Rule status, e.g. stable, experimental")
                  .text("source", "Rule set the rule comes from")
                  .add(
                      "log_category",
                      VARCHAR,
                      "log_source.category",
                      "Log source category, e.g." + " process_creation")
                  .add(
                      "log_product",
                      VARCHAR,
                      "log_source.product",
                      "Log source product, e.g. windows")
                  .list("tags", "Rule tags, e.g. attack.execution")
                  .list("references", "Reference links"))
          .key("id", IdForms.OPAQUE)
          .build();

  private SigmaRules() {}
}
