package io.vtsql.adapter.catalog.types;

import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.IdForms;
import io.vtsql.adapter.catalog.ObjectType;

/**
 * The {@code attack_technique} object type: table {@code attack_techniques}, MITRE ATT&amp;CK
 * techniques and sub-techniques read by id ({@code GET /attack_techniques/T1055.012}), also the
 * targets of files' {@code related_attack_techniques}.
 */
public final class AttackTechniques {
  // Relationship rows: name, target type(s) separated by '|', flags ("E" = premium only,
  // "1" = 1:1), description (the list the API serves at /metadata).
  private static final String[][] RELATIONSHIPS = {
    {"attack_tactics", "attack_tactic", "", "Tactics the technique belongs to"},
    {"parent_technique", "attack_technique", "1", "The parent of a sub-technique"},
    {"subtechniques", "attack_technique", "", "Sub-techniques of the technique"},
  };

  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("attack_technique", "attack_techniques")
          .description(
              "MITRE ATT&CK techniques and sub-techniques (read by id, e.g. T1055 or"
                  + " T1055.012, or as a relationship)")
          .columns(
              Columns.id("ATT&CK technique id, e.g. T1055 or the sub-technique T1055.012")
                  .text("name", "Name of the technique, e.g. Process Injection")
                  .text("description", "Description of the technique")
                  .text("link", "The technique's page on attack.mitre.org")
                  .text("stix_id", "STIX identifier of the technique")
                  .dates("creation_date", "Time the technique was created in ATT&CK")
                  .dates("last_modification_date", "Last time the technique changed in ATT&CK")
                  .bool("revoked", "Whether ATT&CK revoked the technique"))
          .key("id", IdForms.matching("T[0-9]{4}(\\.[0-9]{3})?"))
          .relationships(RELATIONSHIPS)
          .build();

  private AttackTechniques() {}
}
