package io.vtsql.adapter.catalog.types;

import static io.vtsql.adapter.catalog.ModifierSpec.Kind.KEYWORD;
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
 * The legacy {@code threat_actor} object type: table {@code threat_actors}, premium only and
 * deprecated by VirusTotal in favour of collections of type threat-actor (protocol.md §3).
 */
public final class ThreatActors {
  // Relationship rows: name, target type(s) separated by '|', flags ("E" = premium only,
  // "1" = 1:1), description (the list the API serves at /metadata).
  private static final String[][] RELATIONSHIPS = {
    {"collections", "collection", "", "Collections about the threat actor"},
    {"related_threat_actors", "threat_actor", "", "Threat actors related to the threat actor"},
  };

  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("threat_actor", "threat_actors")
          .description(
              "Threat actors (legacy, premium only; VirusTotal now keeps them as"
                  + " collections of type threat-actor)")
          .columns(
              Columns.id("Threat actor id (a UUID)")
                  .text("name", "Name of the actor (filter: name:)")
                  .list("aliases", "Other names of the actor")
                  .text("description", "Description of the actor")
                  .dates("first_seen_date", "First activity seen")
                  .dates("last_seen_date", "Latest activity seen")
                  .dates("last_modification_date", "Last time the object changed")
                  .integer("related_entities_count", "Number of related objects")
                  .text(
                      "source_region",
                      "Country the actor is attributed to (filter: source_region:)")
                  .text("sponsor_region", "Country sponsoring the actor (filter: sponsor_region:)")
                  .list("targeted_regions", "Regions targeted (filter: targeted_region:)")
                  .list("targeted_industries", "Industries targeted (filter: targeted_industry:)")
                  .list("motivations", "Motivations, e.g. espionage"))
          .key("id", IdForms.OPAQUE)
          .privilege(Privilege.PREMIUM)
          .scan(
              new ListEndpoint(
                  "/threat_actors",
                  40,
                  Declarations.modifiers(
                      spec("name", "name", TEXT, false),
                      spec("source_region", "source_region", KEYWORD, false),
                      spec("sponsor_region", "sponsor_region", KEYWORD, false),
                      spec("targeted_industries", "targeted_industry", LIST, false),
                      spec("targeted_regions", "targeted_region", LIST, false)),
                  orders(
                      "first_seen_date",
                      "first_seen_date",
                      "last_seen_date",
                      "last_seen_date",
                      "related_entities_count",
                      "related_entities_count"),
                  Privilege.PREMIUM,
                  false))
          .relationships(RELATIONSHIPS)
          .build();

  private ThreatActors() {}
}
