package io.vtsql.adapter.catalog.types;

import static io.vtsql.adapter.catalog.ModifierSpec.Kind.IP;
import static io.vtsql.adapter.catalog.ModifierSpec.Kind.KEYWORD;
import static io.vtsql.adapter.catalog.ModifierSpec.Kind.LIST;
import static io.vtsql.adapter.catalog.ModifierSpec.Kind.NUMBER;
import static io.vtsql.adapter.catalog.ModifierSpec.Kind.TEXT;
import static io.vtsql.adapter.catalog.VtColumnType.INTEGER;
import static io.vtsql.adapter.catalog.VtColumnType.VARCHAR;
import static io.vtsql.adapter.catalog.VtColumnType.VARCHAR_ARRAY;
import static io.vtsql.adapter.catalog.types.Declarations.orders;
import static io.vtsql.adapter.catalog.types.Declarations.spec;

import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.IdForms;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.SearchEndpoint;

/** The {@code ip_address} object type: table {@code ip_addresses}. */
public final class IpAddresses {
  // Relationship rows: name, target type(s) separated by '|', flags ("E" = premium only,
  // "1" = 1:1), description (protocol.md §4.4, the list the API serves at /metadata).
  private static final String[][] RELATIONSHIPS = {
    {"collections", "collection", "", "IoC collections containing the IP address"},
    {"comments", "comment", "", "Comments on the IP address"},
    {"communicating_files", "file", "", "Files that communicate with the IP address"},
    {"downloaded_files", "file", "E", "Files downloaded from the IP address"},
    {"graphs", "graph", "", "Graphs including the IP address"},
    {"historical_ssl_certificates", "ssl_cert", "", "SSL certificates the IP address served"},
    {"historical_whois", "whois", "", "WHOIS records of the IP address over time"},
    {
      "memory_pattern_parents",
      "file",
      "E",
      "Files having the IP address in their memory during execution"
    },
    {"referrer_files", "file", "", "Files containing the IP address"},
    {"related_comments", "comment", "", "Comments on objects related to the IP address"},
    {"resolutions", "resolution", "", "DNS resolutions of the IP address"},
    {"urls", "url", "E", "URLs served from the IP address"},
    {"user_votes", "vote", "", "Votes of the current user on the IP address"},
    {"votes", "vote", "", "Votes on the IP address"},
  };

  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("ip_address", "ip_addresses")
          .description("IP addresses known to VirusTotal, one row per address")
          .columns(
              Children.httpsCertificate(
                  Columns.id("The IP address literal (the object id)")
                      .add("asn", INTEGER, "asn", "Autonomous system number")
                      .add("as_owner", VARCHAR, "as_owner", "Owner of the autonomous system")
                      .add("country", VARCHAR, "country", "ISO country code")
                      .add("continent", VARCHAR, "continent", "Continent code")
                      .add("network", VARCHAR, "network", "Announced network in CIDR notation")
                      .add(
                          "regional_internet_registry",
                          VARCHAR,
                          "regional_internet_registry",
                          "Regional internet registry")
                      .add("jarm", VARCHAR, "jarm", "JARM TLS fingerprint")
                      .dates("last_analysis_date", "Time of the latest analysis")
                      .dates("last_modification_date", "Last time the object changed")
                      .dates("whois_date", "Time of the last WHOIS lookup")
                      .add("reputation", INTEGER, "reputation", "Community reputation score")
                      .stats()
                      .add("tags", VARCHAR_ARRAY, "tags", "Tags (search: tag:)")))
          .key("id", IdForms.IP)
          .scan(
              new SearchEndpoint(
                  "ip",
                  Declarations.modifiers(
                      spec("id", "ip", IP, false),
                      spec("network", "ip", IP, false),
                      spec("asn", "asn", NUMBER, false),
                      spec("as_owner", "aso", TEXT, false),
                      spec("country", "country", KEYWORD, false),
                      spec("malicious", "p", NUMBER, true),
                      spec("tags", "tag", LIST, false)),
                  orders(
                      "last_modification_date",
                      "last_modification_date",
                      "malicious",
                      "positives")))
          .relationships(RELATIONSHIPS)
          .child(Children.engineVerdicts("IP address"))
          .writes("comments", CommunityWrites.comments("ip_addresses", "ip_address_id"))
          .writes("votes", CommunityWrites.votes("ip_addresses", "ip_address_id"))
          .build();

  private IpAddresses() {}
}
