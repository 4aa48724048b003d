package io.vtsql.adapter.catalog.types;

import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.IdForms;
import io.vtsql.adapter.catalog.ObjectType;

/**
 * The {@code attack_tactic} object type: table {@code attack_tactics}, MITRE ATT&amp;CK tactics
 * read by id ({@code GET /attack_tactics/TA0002}); VirusTotal has no endpoint that lists them.
 */
public final class AttackTactics {
  // Relationship rows: name, target type(s) separated by '|', flags ("E" = premium only,
  // "1" = 1:1), description (the list the API serves at /metadata).
  private static final String[][] RELATIONSHIPS = {
    {"attack_techniques", "attack_technique", "", "Techniques under the tactic"},
  };

  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("attack_tactic", "attack_tactics")
          .description("MITRE ATT&CK tactics (read by id, e.g. TA0002, or as a relationship)")
          .columns(
              Columns.id("ATT&CK tactic id, e.g. TA0002")
                  .text("name", "Name of the tactic, e.g. Execution")
                  .text("description", "Description of the tactic")
                  .text("link", "The tactic's page on attack.mitre.org")
                  .text("stix_id", "STIX identifier of the tactic")
                  .dates("creation_date", "Time the tactic was created in ATT&CK")
                  .dates("last_modification_date", "Last time the tactic changed in ATT&CK"))
          .key("id", IdForms.matching("TA[0-9]{4}"))
          .relationships(RELATIONSHIPS)
          .build();

  private AttackTactics() {}
}
