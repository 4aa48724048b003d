package io.vtsql.adapter.catalog.types;

import static io.vtsql.adapter.catalog.ModifierSpec.Kind.DATE;
import static io.vtsql.adapter.catalog.ModifierSpec.Kind.KEYWORD;
import static io.vtsql.adapter.catalog.ModifierSpec.Kind.LIST;
import static io.vtsql.adapter.catalog.ModifierSpec.Kind.NUMBER;
import static io.vtsql.adapter.catalog.ModifierSpec.Kind.TEXT;
import static io.vtsql.adapter.catalog.VtColumnType.BIGINT;
import static io.vtsql.adapter.catalog.VtColumnType.INTEGER;
import static io.vtsql.adapter.catalog.VtColumnType.VARCHAR;
import static io.vtsql.adapter.catalog.VtColumnType.VARCHAR_ARRAY;
import static io.vtsql.adapter.catalog.types.Declarations.orders;
import static io.vtsql.adapter.catalog.types.Declarations.spec;

import io.vtsql.adapter.catalog.ChildTable;
import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.IdForms;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.SearchEndpoint;

/** The {@code domain} object type: table {@code domains}. */
public final class Domains {
  // Relationship rows: name, target type(s) separated by '|', flags ("E" = premium only,
  // "1" = 1:1), description (protocol.md §4.4, the list the API serves at /metadata).
  private static final String[][] RELATIONSHIPS = {
    {"caa_records", "domain", "E", "Domains sharing CAA records"},
    {"cname_records", "domain", "E", "Domains sharing CNAME records"},
    {"collections", "collection", "", "IoC collections containing the domain"},
    {"comments", "comment", "", "Comments on the domain"},
    {"communicating_files", "file", "", "Files that communicate with the domain"},
    {"downloaded_files", "file", "E", "Files downloaded from the domain"},
    {"graphs", "graph", "", "Graphs including the domain"},
    {"historical_ssl_certificates", "ssl_cert", "", "SSL certificates the domain served"},
    {"historical_whois", "whois", "", "WHOIS records of the domain over time"},
    {"immediate_parent", "domain", "1", "The domain's immediate parent domain"},
    {
      "memory_pattern_parents",
      "file",
      "E",
      "Files having the domain in their memory during execution"
    },
    {"mx_records", "domain", "E", "Domains sharing MX records"},
    {"ns_records", "domain", "E", "Domains sharing NS records"},
    {"parent", "domain", "1", "The domain's top parent domain"},
    {"referrer_files", "file", "", "Files containing the domain"},
    {"related_comments", "comment", "", "Comments on objects related to the domain"},
    {"resolutions", "resolution", "", "DNS resolutions of the domain"},
    {"siblings", "domain", "", "Domains with the same parent"},
    {"soa_records", "domain", "E", "Domains sharing SOA records"},
    // vt-cli issue #53 saw at most 100 subdomains; subfinder paged 5,610 in 2024 (protocol.md
    // §6): no cap is promised either way, so vtsql pages until the cursor ends.
    {"subdomains", "domain", "", "Subdomains of the domain"},
    {"urls", "url", "E", "URLs under the domain"},
    {"user_votes", "vote", "", "Votes of the current user on the domain"},
    {"votes", "vote", "", "Votes on the domain"},
  };

  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("domain", "domains")
          .description("Internet domains known to VirusTotal, one row per domain name")
          .columns(
              Children.httpsCertificate(
                  Columns.id("The domain name (the object id)")
                      .add("registrar", VARCHAR, "registrar", "Registrar of the domain")
                      .add("tld", VARCHAR, "tld", "Top-level domain")
                      .dates("creation_date", "Registration date from WHOIS")
                      .dates("last_update_date", "Last WHOIS update date")
                      .dates("last_analysis_date", "Time of the latest analysis")
                      .dates("last_modification_date", "Last time the object changed")
                      .dates("last_dns_records_date", "Time of the last DNS resolution")
                      .dates("whois_date", "Time of the last WHOIS lookup")
                      .add("jarm", VARCHAR, "jarm", "JARM TLS fingerprint")
                      .add("reputation", INTEGER, "reputation", "Community reputation score")
                      .stats()
                      .add("tags", VARCHAR_ARRAY, "tags", "Tags (search: tag:)")))
          .key("id", IdForms.DOMAIN)
          .scan(
              new SearchEndpoint(
                  "domain",
                  Declarations.modifiers(
                      spec("id", "domain", TEXT, false),
                      spec("tld", "tld", KEYWORD, false),
                      spec("registrar", "registrar", TEXT, false),
                      spec("creation_date", "creation_date", DATE, false),
                      spec("last_update_date", "last_update_date", DATE, false),
                      spec("malicious", "p", NUMBER, true),
                      spec("tags", "tag", LIST, false)),
                  orders(
                      "creation_date",
                      "creation_date",
                      "last_modification_date",
                      "last_modification_date",
                      "last_update_date",
                      "last_update_date",
                      "malicious",
                      "positives")))
          .relationships(RELATIONSHIPS)
          .child(Children.engineVerdicts("domain"))
          .child(
              ChildTable.of(
                      "last_dns_records",
                      ChildTable.Shape.OBJECTS,
                      "DNS records of the domain's last resolution, one row per record")
                  .columns(
                      Columns.element()
                          .text("type", "Record type: A, AAAA, CNAME, MX, NS, SOA, TXT, CAA, ...")
                          .text("value", "Record value (address, host name, text, ...)")
                          .integer("ttl", "Time to live, seconds")
                          .integer("priority", "MX priority")
                          .text("rname", "SOA responsible mailbox")
                          .add("serial", BIGINT, "serial", "SOA serial number")
                          .integer("refresh", "SOA refresh interval, seconds")
                          .integer("retry", "SOA retry interval, seconds")
                          .integer("expire", "SOA expiry, seconds")
                          .integer("minimum", "SOA minimum TTL, seconds")
                          .integer("flag", "CAA flag")
                          .text("tag", "CAA tag, e.g. issue")))
          .child(Children.categories("domain"))
          .child(
              ChildTable.of(
                      "popularity_ranks",
                      ChildTable.Shape.MAP,
                      "The domain's rank in popularity lists, one row per list")
                  .key("ranker")
                  .columns(
                      Columns.element()
                          .integer("rank", "Rank in the list (1 = most popular)")
                          .dates("timestamp", "When the rank was taken")))
          .writes("comments", CommunityWrites.comments("domains", "domain_id"))
          .writes("votes", CommunityWrites.votes("domains", "domain_id"))
          .build();

  private Domains() {}
}
