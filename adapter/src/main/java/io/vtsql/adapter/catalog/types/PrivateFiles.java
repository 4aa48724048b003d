package io.vtsql.adapter.catalog.types;

import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.IdForms;
import io.vtsql.adapter.catalog.ListEndpoint;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.Privilege;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code private_file} object type: table {@code private_files}, the files a key's group
 * scanned with Private Scanning, listed by {@code GET /private/files} (limit and cursor only, no
 * filter or order) and read by SHA-256 with {@code GET /private/files/{id}}. "Most File's
 * attributes are present in private files, except for last_analysis_stats and
 * last_analysis_results" (reference/private-files), so its columns are those of {@code files} but
 * the ones computed from antivirus verdicts and community votes.
 */
public final class PrivateFiles {
  /** The columns of {@code files} a private file has no data for: no antivirus runs it. */
  private static final Set<String> ANTIVIRUS_COLUMNS =
      Set.of(
          "malicious",
          "suspicious",
          "undetected",
          "harmless",
          "timeout",
          "confirmed_timeout",
          "failure",
          "type_unsupported",
          "votes_harmless",
          "votes_malicious",
          "reputation",
          "suggested_threat_label",
          "detection_names");

  // Relationship rows (reference/private-files and its relationship pages): name, target type(s),
  // flags ("1" = 1:1), description.
  private static final String[][] RELATIONSHIPS = {
    {"analyses", "private_analysis", "", "Private analyses of the file"},
    {"behaviours", "private_file_behaviour", "", "Sandbox reports of the private file"},
    {"dropped_files", "private_file", "", "Files dropped by the file during its execution"},
    {"embedded_domains", "domain", "", "Domain names contained in the file's body"},
    {"embedded_ips", "ip_address", "", "IP addresses contained in the file's body"},
    {"embedded_urls", "url", "", "URLs contained in the file's body"},
  };

  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("private_file", "private_files")
          .collectionPath("/private/files")
          .description(
              "Files scanned privately (needs a Private Scanning licence), one row per file (id ="
                  + " SHA-256); no antivirus verdicts")
          .columns(
              Columns.id("SHA-256 of the private file (the object id)")
                  .sharedWith(Files.TYPE, ANTIVIRUS_COLUMNS))
          .key("id", IdForms.hash(List.of(64), List.of()))
          .scan(
              new ListEndpoint(
                  "/private/files", 40, Map.of(), Map.of(), Privilege.PRIVATE_SCANNING, false))
          .privilege(Privilege.PRIVATE_SCANNING)
          .relationships(RELATIONSHIPS)
          // endpoints.md lists the behaviours as GET /private/file/{id}/behaviours (singular)
          .relationshipCollection("behaviours", "private/file")
          .build();

  private PrivateFiles() {}
}
