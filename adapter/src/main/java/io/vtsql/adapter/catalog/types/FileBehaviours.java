package io.vtsql.adapter.catalog.types;

import static io.vtsql.adapter.catalog.ChildTable.Shape.OBJECTS;
import static io.vtsql.adapter.catalog.ChildTable.Shape.VALUES;

import io.vtsql.adapter.catalog.ChildTable;
import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.IdForms;
import io.vtsql.adapter.catalog.ObjectType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code file_behaviour} object type: one sandbox report of a file (protocol.md §9.7), id
 * {@code <sha256>_<sandbox name>}. Its rows are the table {@code file_behaviours}, the files'
 * {@code behaviours} relationship, so the type has no table of its own; its child tables read one
 * report with {@code GET /file_behaviours/{id}}. A report id names its file, so {@code id = ...} on
 * {@code file_behaviours} reads the file's reports.
 */
public final class FileBehaviours {
  private static final Pattern REPORT_ID = Pattern.compile("([0-9a-fA-F]{64})_.+");

  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("file_behaviour", "file_behaviours")
          .description("Sandbox reports of files, one per sandbox run (id <sha256>_<sandbox name>)")
          .columns(
              Columns.id(
                      "Report id: <sha256 of the file>_<sandbox name> (id = ... alone reads"
                          + " that file's reports)")
                  .text("sandbox_name", "Sandbox that ran the file, e.g. VirusTotal Jujubox")
                  .dates("analysis_date", "Time of the sandbox run")
                  .dates("last_modification_date", "Last time the report changed")
                  .text(
                      "behash",
                      "Hash of the observed behaviour (equal for runs that behaved alike)")
                  .list("verdicts", "Sandbox verdicts, e.g. MALWARE, RANSOM")
                  .list("tags", "Behaviour tags, e.g. DETECT_DEBUG_ENVIRONMENT, PERSISTENCE")
                  .bool("has_html_report", "Whether the sandbox has an HTML report (GET .../html)")
                  .bool("has_pcap", "Whether the sandbox has a network capture (GET .../pcap)")
                  .bool("has_evtx", "Whether the sandbox has Windows event logs (GET .../evtx)")
                  .bool("has_memdump", "Whether the sandbox has a memory dump (GET .../memdump)"))
          .key("id", IdForms.OPAQUE)
          .targetOnly()
          .parentInId("file", "behaviours", FileBehaviours::fileId)
          .children(reportTables())
          .build();

  private FileBehaviours() {}

  /**
   * The child tables of one sandbox report, fresh for each type that has reports ({@code
   * file_behaviour} and the private files' {@code private_file_behaviour}).
   */
  static List<ChildTable.Builder> reportTables() {
    return List.of(
        values("processes_created", "Processes the sample created, one per path"),
        values("processes_terminated", "Processes terminated during the run"),
        values("command_executions", "Command lines run during the analysis"),
        values("files_opened", "Files opened during the run"),
        values("files_written", "Files written during the run"),
        values("files_deleted", "Files deleted during the run"),
        BehaviourRecords.filesDropped("Files dropped during the run"),
        values("registry_keys_opened", "Registry keys opened during the run"),
        ChildTable.of("registry_keys_set", OBJECTS, "Registry values set during the run")
            .columns(
                Columns.element().text("key", "Registry key path").text("value", "Value written")),
        values("mutexes_created", "Mutexes created during the run"),
        values("mutexes_opened", "Mutexes opened during the run"),
        values("modules_loaded", "Modules (DLLs, libraries) loaded during the run"),
        BehaviourRecords.dnsLookups("DNS lookups made during the run"),
        ChildTable.of("http_conversations", OBJECTS, "HTTP requests made during the run")
            .columns(
                Columns.element()
                    .text("url", "Requested URL")
                    .text("request_method", "HTTP method, e.g. GET")
                    .integer("response_status_code", "HTTP status of the response")),
        BehaviourRecords.ipTraffic("Network flows of the run"),
        BehaviourRecords.mitreTechniques(
            "MITRE ATT&CK techniques the sandbox's signatures saw, with severity"),
        ChildTable.of(
                "signature_matches",
                OBJECTS,
                "Signatures (YARA and others) that matched during the run")
            .columns(
                Columns.element()
                    .text("format", "Signature format, e.g. SIG_FORMAT_YARA")
                    .text("id", "Signature id (for YARA a yara_rules id <ruleset>|<rule>)")
                    .text("name", "Signature name")
                    .text("description", "Signature description")
                    .list("authors", "Signature authors")
                    .text("rule_src", "Source of the rule")),
        ChildTable.of(
                "sigma_analysis_results", OBJECTS, "Sigma rules that matched the run's event logs")
            .columns(
                Columns.element()
                    .text("rule_id", "Sigma rule id (a sigma_rules id)")
                    .text("rule_title", "Rule title")
                    .text("rule_level", "Rule level: low, medium, high or critical")
                    .text("rule_description", "Rule description")
                    .text("rule_author", "Rule author")
                    .text("rule_source", "Rule set the rule comes from")),
        ChildTable.of("ids_alerts", OBJECTS, "IDS alerts raised on the run's traffic")
            .columns(
                Columns.element()
                    .text("rule_id", "IDS rule id, e.g. 1:2024897")
                    .text("rule_msg", "Alert message")
                    .text("alert_severity", "Alert severity: low, medium or high")
                    .text("rule_category", "Rule category")
                    .text("rule_source", "Rule set the rule comes from")));
  }

  /** The file a report id names: its SHA-256 before {@code _<sandbox name>}. */
  static Optional<String> fileId(String reportId) {
    final Matcher m = REPORT_ID.matcher(reportId);
    return m.matches() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
  }

  private static ChildTable.Builder values(String attribute, String description) {
    return ChildTable.of(attribute, VALUES, description);
  }
}
