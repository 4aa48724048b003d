package io.vtsql.adapter.catalog.types;

import static io.vtsql.adapter.catalog.ModifierSpec.Kind.DATE;
import static io.vtsql.adapter.catalog.ModifierSpec.Kind.LIST;
import static io.vtsql.adapter.catalog.ModifierSpec.Kind.NUMBER;
import static io.vtsql.adapter.catalog.ModifierSpec.Kind.TEXT;
import static io.vtsql.adapter.catalog.VtColumnType.BIGINT;
import static io.vtsql.adapter.catalog.VtColumnType.INTEGER;
import static io.vtsql.adapter.catalog.VtColumnType.VARCHAR;
import static io.vtsql.adapter.catalog.VtColumnType.VARCHAR_ARRAY;
import static io.vtsql.adapter.catalog.types.Declarations.orders;
import static io.vtsql.adapter.catalog.types.Declarations.spec;

import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.IdForms;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.SearchEndpoint;
import java.util.List;

/** The {@code url} object type: table {@code urls}. */
public final class Urls {
  // Relationship rows: name, target type(s) separated by '|', flags ("E" = premium only,
  // "1" = 1:1), description (protocol.md §4.4, the list the API serves at /metadata).
  private static final String[][] RELATIONSHIPS = {
    {"analyses", "analysis", "E", "Analyses for the URL"},
    {"collections", "collection", "", "IoC collections containing the URL"},
    {"comments", "comment", "", "Comments on the URL"},
    {"communicating_files", "file", "E", "Files that communicate with the URL"},
    {"contacted_domains", "domain", "E", "Domains contacted while loading the URL"},
    {"contacted_ips", "ip_address", "E", "IP addresses contacted while loading the URL"},
    {"downloaded_files", "file", "E", "Files downloaded from the URL"},
    {"embedded_js_files", "file", "", "JavaScript files embedded in the URL's page"},
    {"graphs", "graph", "", "Graphs including the URL"},
    {"http_response_contents", "file", "", "HTTP response bodies served by the URL"},
    {"last_serving_ip_address", "ip_address", "1", "Last IP address that served the URL"},
    {"memory_pattern_parents", "file", "", "Files having the URL in their memory during execution"},
    {"network_location", "domain|ip_address", "1", "Domain or IP address of the URL"},
    {"parent_resource_urls", "url", "", "URLs that load the URL as a resource"},
    {"redirecting_urls", "url", "E", "URLs that redirect to the URL"},
    {"redirects_to", "url", "E", "URLs the URL redirects to"},
    {"referrer_files", "file", "E", "Files containing the URL"},
    {"referrer_urls", "url", "E", "URLs referring to the URL"},
    {"related_collections", "collection", "", "Collections related to the URL"},
    {"related_comments", "comment", "", "Comments on objects related to the URL"},
    {"submissions", "submission", "E", "Submissions of the URL"},
    {"urls_related_by_tracker_id", "url", "E", "URLs sharing tracker ids with the URL"},
    {"user_votes", "vote", "", "Votes of the current user on the URL"},
    {"votes", "vote", "", "Votes on the URL"},
  };

  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("url", "urls")
          .description("URLs analysed by VirusTotal, one row per URL (id = SHA-256 of the URL)")
          .columns(
              Columns.id("SHA-256 of the canonical URL (the object id)")
                  .add("url", VARCHAR, "url", "The URL")
                  .add(
                      "last_final_url",
                      VARCHAR,
                      "last_final_url",
                      "URL after redirects at the last analysis")
                  .add("title", VARCHAR, "title", "HTML title of the page")
                  .dates("first_submission_date", "First time the URL was submitted")
                  .dates("last_submission_date", "Last time the URL was submitted")
                  .dates("last_analysis_date", "Time of the latest analysis")
                  .dates("last_modification_date", "Last time the object changed")
                  .add("times_submitted", INTEGER, "times_submitted", "Number of submissions")
                  .add("reputation", INTEGER, "reputation", "Community reputation score")
                  .add(
                      "last_http_response_code",
                      INTEGER,
                      "last_http_response_code",
                      "HTTP status of the last fetch")
                  .add(
                      "last_http_response_content_length",
                      BIGINT,
                      "last_http_response_content_length",
                      "Body length of the last fetch")
                  .add(
                      "last_http_response_content_sha256",
                      VARCHAR,
                      "last_http_response_content_sha256",
                      "SHA-256 of the body of the last fetch")
                  .add(
                      "threat_names",
                      VARCHAR_ARRAY,
                      "threat_names",
                      "Threat names associated with the URL")
                  .stats()
                  .add("tags", VARCHAR_ARRAY, "tags", "Tags (search: tag:)")
                  .detectionNames())
          .key("id", IdForms.hash(List.of(64), List.of()))
          .key("url", IdForms.URL)
          .scan(
              new SearchEndpoint(
                  "url",
                  Declarations.modifiers(
                      spec("url", "url", TEXT, false),
                      spec("title", "title", TEXT, false),
                      spec("malicious", "p", NUMBER, true),
                      spec("first_submission_date", "fs", DATE, false),
                      spec("last_submission_date", "ls", DATE, false),
                      spec("last_analysis_date", "la", DATE, false),
                      spec("last_http_response_code", "response_code", NUMBER, false),
                      spec("tags", "tag", LIST, false),
                      spec("detection_names", "engines", LIST, false)),
                  orders(
                      "first_submission_date",
                      "first_submission_date",
                      "last_submission_date",
                      "last_submission_date",
                      "malicious",
                      "positives",
                      "times_submitted",
                      "times_submitted",
                      "last_http_response_code",
                      "status")))
          .relationships(RELATIONSHIPS)
          .child(Children.engineVerdicts("url"))
          .child(Children.categories("URL"))
          .writes("comments", CommunityWrites.comments("urls", "url_id"))
          .writes("votes", CommunityWrites.votes("urls", "url_id"))
          .build();

  private Urls() {}
}
