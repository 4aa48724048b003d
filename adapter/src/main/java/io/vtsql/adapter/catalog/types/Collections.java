package io.vtsql.adapter.catalog.types;

import static io.vtsql.adapter.catalog.ModifierSpec.Kind.DATE;
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
 * The {@code collection} object type: table {@code collections}, IoC collections and the Threat
 * Landscape's threat objects (malware families, threat actors, campaigns, reports), listed by the
 * premium {@code GET /collections} (protocol.md §6.2).
 */
public final class Collections {
  // Relationship rows: name, target type(s) separated by '|', flags ("E" = premium only,
  // "1" = 1:1), description (the list the API serves at /metadata).
  private static final String[][] RELATIONSHIPS = {
    {
      "attack_techniques",
      "attack_technique",
      "",
      "ATT&CK techniques seen in the collection's files"
    },
    {"comments", "comment", "", "Comments on the collection"},
    {"domains", "domain", "", "Domains in the collection"},
    {"files", "file", "", "Files in the collection"},
    {"ip_addresses", "ip_address", "", "IP addresses in the collection"},
    {"threat_actors", "threat_actor", "", "Threat actors the collection is about"},
    {"urls", "url", "", "URLs in the collection"},
  };

  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("collection", "collections")
          .description(
              "IoC collections and threat objects (malware families, threat actors,"
                  + " campaigns, reports); the list needs a premium key")
          .columns(
              Columns.id(
                      "Collection id, e.g. malware--<uuid>, threat-actor--<uuid> or 64 hex"
                          + " digits for a user's collection")
                  .text("name", "Name of the collection (filter: name:)")
                  .text("description", "Description of the collection")
                  .text(
                      "collection_type",
                      "collection, malware-family, threat-actor, campaign, report,"
                          + " software-toolkit or vulnerability (filter: collection_type:)")
                  .text("origin", "Who made it, e.g. Google Threat Intelligence (filter: origin:)")
                  .text("owner", "Owner of the collection (filter: owner:)")
                  .dates(
                      "creation_date", "Time the collection was created (filter: creation_date:)")
                  .dates(
                      "last_modification_date",
                      "Last time the collection changed (filter: last_modification_date:)")
                  .integer("files_count", "Files in the collection")
                  .integer("domains_count", "Domains in the collection")
                  .integer("urls_count", "URLs in the collection")
                  .integer("ip_addresses_count", "IP addresses in the collection")
                  .integer("references_count", "References (reports) of the collection")
                  .list("tags", "Tags (filter: tag:)")
                  .list("alt_names", "Other names of the threat")
                  .text("source_region", "Country or region the threat comes from")
                  .list("targeted_regions", "Regions targeted (filter: targeted_region:)")
                  .list("targeted_industries", "Industries targeted (filter: targeted_industry:)")
                  .bool("private", "Whether the collection is private")
                  .text("link", "Link to the source of the collection"))
          .key("id", IdForms.OPAQUE)
          // Only ANDed terms are pushed: the docs allow OR/NOT here, but the simulator's grammar
          // (the independent witness) takes none; OR and NOT stay in the local filter.
          // Orders: the two dates the docs and the simulator share; name is not pushed because its
          // collation (letter case) is undocumented, domains_count/files_count are not documented.
          .scan(
              new ListEndpoint(
                  "/collections",
                  40,
                  Declarations.modifiers(
                      spec("collection_type", "collection_type", KEYWORD, false),
                      spec("name", "name", TEXT, false),
                      spec("owner", "owner", KEYWORD, false),
                      spec("origin", "origin", KEYWORD, false),
                      spec("tags", "tag", LIST, false),
                      spec("targeted_regions", "targeted_region", LIST, false),
                      spec("targeted_industries", "targeted_industry", LIST, false),
                      spec("creation_date", "creation_date", DATE, false),
                      spec("last_modification_date", "last_modification_date", DATE, false)),
                  orders(
                      "creation_date",
                      "creation_date",
                      "last_modification_date",
                      "last_modification_date"),
                  Privilege.PREMIUM,
                  false))
          .relationships(RELATIONSHIPS)
          .writes(CommunityWrites.collection())
          .writes("comments", CommunityWrites.comments("collections", "collection_id"))
          .writes("domains", CommunityWrites.items("domains", "domain"))
          .writes("files", CommunityWrites.items("files", "file"))
          .writes("ip_addresses", CommunityWrites.items("ip_addresses", "ip_address"))
          .writes("urls", CommunityWrites.items("urls", "url"))
          .build();

  private Collections() {}
}
