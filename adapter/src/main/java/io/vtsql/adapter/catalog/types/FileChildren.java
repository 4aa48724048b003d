package io.vtsql.adapter.catalog.types;

import static io.vtsql.adapter.catalog.VtColumnType.BIGINT;
import static io.vtsql.adapter.catalog.VtColumnType.DOUBLE;
import static io.vtsql.adapter.catalog.VtColumnType.VARCHAR;

import io.vtsql.adapter.catalog.ChildTable;
import io.vtsql.adapter.catalog.Columns;

/**
 * The child tables of files besides engine verdicts: crowdsourced rule matches, sandbox verdicts,
 * popular threat names and categories, PE sections and imports (protocol.md §9.2, captures
 * azul_file_report_win32dll.json and mdb_file_fff40032.json).
 */
final class FileChildren {
  private FileChildren() {}

  /** Crowdsourced YARA matches. */
  static ChildTable.Builder yara() {
    return ChildTable.of(
            "crowdsourced_yara_results",
            ChildTable.Shape.OBJECTS,
            "Crowdsourced YARA rules that match the file, one row per match")
        .columns(
            Columns.element()
                .text("ruleset_id", "Id of the ruleset (GET /yara_rulesets/{id})")
                .text("ruleset_name", "Name of the ruleset")
                .text("rule_name", "Name of the matching rule")
                .text("author", "Author of the rule")
                .text("source", "Where the ruleset comes from")
                .text("description", "Description of the rule")
                .bool("match_in_subfile", "Whether the match was in a file inside the file"));
  }

  /** Sigma matches. */
  static ChildTable.Builder sigma() {
    return ChildTable.of(
            "sigma_analysis_results",
            ChildTable.Shape.OBJECTS,
            "Sigma rules that match the file's sandbox event logs, one row per rule")
        .columns(
            Columns.element()
                .text("rule_id", "Id of the Sigma rule (GET /sigma_rules/{id})")
                .text("rule_title", "Title of the rule")
                .text("rule_level", "Severity: critical, high, medium or low")
                .text("rule_source", "Ruleset the rule comes from")
                .text("rule_author", "Author of the rule")
                .text("rule_description", "Description of the rule")
                .add(
                    "match_context",
                    VARCHAR,
                    "match_context",
                    "The matching events as raw JSON ([{values: {...}}])"));
  }

  /** IDS alerts. */
  static ChildTable.Builder ids() {
    return ChildTable.of(
            "crowdsourced_ids_results",
            ChildTable.Shape.OBJECTS,
            "IDS (Snort, Suricata) alerts on the file's network traffic, one row per rule")
        .columns(
            Columns.element()
                .text("rule_id", "Snort/Suricata rule SID")
                .text("rule_msg", "Alert message")
                .text("rule_category", "Alert category")
                .text("alert_severity", "Severity: high, medium, low or info")
                .text("rule_source", "Ruleset the rule comes from")
                .text("rule_url", "URL of the ruleset")
                .add(
                    "alert_context",
                    VARCHAR,
                    "alert_context",
                    "Each match's connection as raw JSON ([{dest_ip, dest_port, protocol,"
                        + " ...}])"));
  }

  /** Sandbox verdicts, by sandbox. */
  static ChildTable.Builder sandboxVerdicts() {
    return ChildTable.of(
            "sandbox_verdicts",
            ChildTable.Shape.MAP,
            "Verdicts of the sandboxes that ran the file, one row per sandbox")
        .key("sandbox")
        .columns(
            Columns.element()
                .text("category", "Verdict: malicious, suspicious, harmless or undetected")
                .integer("confidence", "Confidence of the verdict, 0 to 100")
                .text("sandbox_name", "Name of the sandbox")
                .list("malware_classification", "Classes, e.g. TROJAN, RANSOM, CLEAN")
                .list("malware_names", "Malware families the sandbox names"));
  }

  /** Popular threat names with their counts. */
  static ChildTable.Builder threatNames() {
    return ChildTable.of(
            "popular_threat_classification.popular_threat_name",
            ChildTable.Shape.OBJECTS,
            "Threat names engines most often give the file, one row per name")
        .columns(
            Columns.element()
                .text("value", "Threat name, e.g. emotet")
                .integer("count", "Detections that use the name"));
  }

  /** Popular threat categories with their counts. */
  static ChildTable.Builder threatCategories() {
    return ChildTable.of(
            "popular_threat_classification.popular_threat_category",
            ChildTable.Shape.OBJECTS,
            "Threat categories engines most often give the file, one row per category")
        .columns(
            Columns.element()
                .text("value", "Threat category, e.g. trojan")
                .integer("count", "Detections that use the category"));
  }

  /** PE sections. */
  static ChildTable.Builder peSections() {
    return ChildTable.of(
            "pe_info.sections",
            ChildTable.Shape.OBJECTS,
            "Sections of the PE file, one row per section")
        .columns(
            Columns.element()
                .text("name", "Section name, e.g. .text")
                .add(
                    "entropy",
                    DOUBLE,
                    "entropy",
                    "Entropy of the section, 0 to 8" + " (above 7: likely packed or encrypted)")
                .add("chi2", DOUBLE, "chi2", "Chi-squared statistic of the section's bytes")
                .text("flags", "Access flags, e.g. rx")
                .text("md5", "MD5 of the section")
                .add("raw_size", BIGINT, "raw_size", "Size in the file, bytes")
                .add("virtual_address", BIGINT, "virtual_address", "Virtual address")
                .add("virtual_size", BIGINT, "virtual_size", "Size in memory, bytes"));
  }

  /** PE imports, one row per library. */
  static ChildTable.Builder peImports() {
    return ChildTable.of(
            "pe_info.import_list",
            ChildTable.Shape.OBJECTS,
            "Libraries the PE file imports, one row per library")
        .columns(
            Columns.element()
                .text("library_name", "Library name, e.g. KERNEL32.dll")
                .list("imported_functions", "Functions imported from the library"));
  }
}
