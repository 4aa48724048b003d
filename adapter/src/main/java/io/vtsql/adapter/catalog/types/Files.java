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

import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.IdForms;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.SearchEndpoint;
import java.util.List;

/** The {@code file} object type: table {@code files}. */
public final class Files {
  // Relationship rows: name, target type(s) separated by '|', flags ("E" = premium only,
  // "1" = 1:1), description (protocol.md §4.4, the list the API serves at /metadata).
  private static final String[][] RELATIONSHIPS = {
    {"analyses", "analysis", "E", "Analyses for the file"},
    {"behaviours", "file_behaviour", "", "Behaviour reports for the file"},
    {"bundled_files", "file", "", "Files bundled within the file"},
    {"carbonblack_children", "file", "E", "Files derived from the file according to Carbon Black"},
    {
      "carbonblack_parents",
      "file",
      "E",
      "Files from which the file is derived according to Carbon Black"
    },
    {"ciphered_bundled_files", "file", "E", "Files bundled within the file, ciphered"},
    {"ciphered_parents", "file", "E", "Files containing the file, ciphered"},
    {"clues", "clue", "E", "Clues about the file"},
    {"code_blocks", "code_block", "E", "Code blocks of the file"},
    {"collections", "collection", "", "IoC collections containing the file"},
    {"comments", "comment", "", "Comments on the file"},
    {"compressed_parents", "file", "E", "Compressed files containing the file"},
    {"contacted_domains", "domain", "", "Domains contacted by the file"},
    {"contacted_ips", "ip_address", "", "IP addresses contacted by the file"},
    {"contacted_urls", "url", "", "URLs contacted by the file"},
    {"distributors", "distributor", "E", "Distributors of the file"},
    {"dropped_files", "file", "", "Files dropped by the file during its execution"},
    {"email_attachments", "file", "E", "Files attached to the email"},
    {"email_parents", "file", "E", "Emails that have the file as attachment"},
    {"email_senders", "email_sender", "E", "Senders of emails containing the file"},
    {"embedded_domains", "domain", "E", "Domain names embedded in the file"},
    {"embedded_ips", "ip_address", "E", "IP addresses embedded in the file"},
    {"embedded_urls", "url", "E", "URLs embedded in the file"},
    {"execution_parents", "file", "", "Files that executed the file"},
    {"graphs", "graph", "", "Graphs including the file"},
    {"hash_collisions", "file", "E", "Files whose hash collides with the file's"},
    {"itw_domains", "domain", "E", "In-the-wild domains from which the file was downloaded"},
    {"itw_ips", "ip_address", "E", "In-the-wild IP addresses from which the file was downloaded"},
    {"itw_urls", "url", "E", "In-the-wild URLs from which the file was downloaded"},
    {"memory_pattern_domains", "domain", "E", "Domains found in memory during execution"},
    {"memory_pattern_ips", "ip_address", "E", "IP addresses found in memory during execution"},
    {"memory_pattern_urls", "url", "E", "URLs found in memory during execution"},
    {"overlay_children", "file", "E", "Files contained in the file's overlay"},
    {"overlay_parents", "file", "E", "Files that contain the file in their overlay"},
    {"pcap_children", "file", "E", "Files contained in the PCAP"},
    {"pcap_parents", "file", "E", "PCAP files that contain the file"},
    {"pe_resource_children", "file", "", "Files contained in the PE's resources"},
    {"pe_resource_parents", "file", "", "PE files that contain the file as a resource"},
    {
      "related_attack_techniques",
      "attack_technique",
      "",
      "MITRE ATT&CK techniques seen in the file's behaviour"
    },
    {"screenshots", "screenshot", "E", "Screenshots of the file's execution"},
    {"sigma_analysis", "sigma_analysis", "", "Sigma analysis of the file"},
    {"similar_files", "file", "E", "Files similar to the file"},
    {"submissions", "submission", "E", "Submissions of the file"},
    {"urls_for_embedded_js", "url", "E", "URLs where the embedded JavaScript was found"},
    {"user_votes", "vote", "", "Votes of the current user on the file"},
    {"votes", "vote", "", "Votes on the file"},
  };

  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("file", "files")
          .description("Files analysed by VirusTotal, one row per file (id = SHA-256)")
          .columns(
              Columns.id(
                      "SHA-256 of the file (the object id); id = ... also finds a file by"
                          + " its MD5 or SHA-1, in any letter case")
                  .add("md5", VARCHAR, "md5", "MD5 of the file")
                  .add("sha1", VARCHAR, "sha1", "SHA-1 of the file")
                  .add("sha256", VARCHAR, "sha256", "SHA-256 of the file")
                  .add("size", BIGINT, "size", "Size in bytes")
                  .add(
                      "type_tag",
                      VARCHAR,
                      "type_tag",
                      "Main file type tag, e.g. peexe (search: type:)")
                  .add("type_description", VARCHAR, "type_description", "Human-readable file type")
                  .add(
                      "type_extension",
                      VARCHAR,
                      "type_extension",
                      "Usual file name extension of the type")
                  .add("type_tags", VARCHAR_ARRAY, "type_tags", "All type tags of the file")
                  .add("magic", VARCHAR, "magic", "libmagic description")
                  .add(
                      "meaningful_name",
                      VARCHAR,
                      "meaningful_name",
                      "Most interesting submitted name")
                  .add("names", VARCHAR_ARRAY, "names", "All names the file was submitted with")
                  .add("imphash", VARCHAR, "pe_info.imphash", "PE import hash (pe_info.imphash)")
                  .add("ssdeep", VARCHAR, "ssdeep", "ssdeep fuzzy hash")
                  .add("tlsh", VARCHAR, "tlsh", "TLSH fuzzy hash")
                  .add("vhash", VARCHAR, "vhash", "VirusTotal structural similarity hash")
                  .add("authentihash", VARCHAR, "authentihash", "Authenticode hash of a PE")
                  .dates("first_submission_date", "First time the file was submitted")
                  .dates("last_submission_date", "Last time the file was submitted")
                  .dates("last_analysis_date", "Time of the latest analysis")
                  .dates("last_modification_date", "Last time the object changed")
                  .dates("creation_date", "Build time claimed by the file (e.g. PE timestamp)")
                  .dates("first_seen_itw_date", "First time the file was seen in the wild")
                  .add("times_submitted", INTEGER, "times_submitted", "Number of submissions")
                  .add("unique_sources", INTEGER, "unique_sources", "Number of distinct submitters")
                  .add("reputation", INTEGER, "reputation", "Community reputation score")
                  .stats()
                  .add(
                      "confirmed_timeout",
                      INTEGER,
                      "last_analysis_stats.confirmed-timeout",
                      "Engines whose analysis timed out after confirmation")
                  .add("failure", INTEGER, "last_analysis_stats.failure", "Engines that failed")
                  .add(
                      "type_unsupported",
                      INTEGER,
                      "last_analysis_stats.type-unsupported",
                      "Engines that do not support the file type")
                  .add(
                      "suggested_threat_label",
                      VARCHAR,
                      "popular_threat_classification.suggested_threat_label",
                      "Suggested threat label, e.g. trojan.emotet/generic")
                  .add("tags", VARCHAR_ARRAY, "tags", "Tags (search: tag:)")
                  .detectionNames())
          .key("id", IdForms.hash(List.of(32, 40, 64), List.of("md5", "sha1")))
          .key("md5", IdForms.hashAttribute(32))
          .key("sha1", IdForms.hashAttribute(40))
          .key("sha256", IdForms.hashAttribute(64))
          .scan(
              new SearchEndpoint(
                  "file",
                  Declarations.modifiers(
                      spec("id", "sha256", KEYWORD, false),
                      spec("md5", "md5", KEYWORD, false),
                      spec("sha1", "sha1", KEYWORD, false),
                      spec("sha256", "sha256", KEYWORD, false),
                      spec("type_tag", "type", KEYWORD, false),
                      spec("malicious", "p", NUMBER, true),
                      spec("size", "size", NUMBER, true),
                      spec("first_submission_date", "fs", DATE, false),
                      spec("last_submission_date", "ls", DATE, false),
                      spec("last_analysis_date", "la", DATE, false),
                      spec("times_submitted", "submissions", NUMBER, false),
                      spec("unique_sources", "sources", NUMBER, false),
                      spec("tags", "tag", LIST, false),
                      spec("names", "name", LIST, false),
                      spec("meaningful_name", "name", TEXT, false),
                      spec("imphash", "imphash", KEYWORD, false),
                      spec("vhash", "vhash", KEYWORD, false),
                      spec("authentihash", "authentihash", KEYWORD, false),
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
                      "size",
                      "size",
                      "unique_sources",
                      "unique_sources")))
          .relationships(RELATIONSHIPS)
          .child(Children.engineVerdicts("file"))
          .child(FileChildren.yara())
          .child(FileChildren.sigma())
          .child(FileChildren.ids())
          .child(FileChildren.sandboxVerdicts())
          .child(FileChildren.threatNames())
          .child(FileChildren.threatCategories())
          .child(FileChildren.peSections())
          .child(FileChildren.peImports())
          .children(FileBehaviourSummary.tables())
          .writes("comments", CommunityWrites.comments("files", "file_id"))
          .writes("votes", CommunityWrites.votes("files", "file_id"))
          .build();

  private Files() {}
}
