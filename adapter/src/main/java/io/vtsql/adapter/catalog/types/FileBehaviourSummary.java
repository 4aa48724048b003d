package io.vtsql.adapter.catalog.types;

import static io.vtsql.adapter.catalog.ChildTable.Shape.MAP;
import static io.vtsql.adapter.catalog.ChildTable.Shape.VALUES;
import static io.vtsql.adapter.catalog.VtColumnType.VARCHAR;

import io.vtsql.adapter.catalog.ChildTable;
import io.vtsql.adapter.catalog.Columns;
import java.util.List;

/**
 * The child tables of a file read from its behaviour sub-resources (protocol.md §5 Files): lists of
 * {@code GET /files/{id}/behaviour_summary} (every sandbox report merged) and the ATT&amp;CK trees
 * of {@code GET /files/{id}/behaviour_mitre_trees}, one row per sandbox, tactic and technique.
 */
final class FileBehaviourSummary {
  private static final String SUMMARY = "behaviour_summary";

  private FileBehaviourSummary() {}

  /** The summary lists analysts query most, and the MITRE trees. */
  static List<ChildTable.Builder> tables() {
    return List.of(
        ChildTable.of(
                "processes_created", VALUES, "Processes created in any sandbox run of the file")
            .from(SUMMARY),
        ChildTable.of(
                "command_executions", VALUES, "Command lines run in any sandbox run of the file")
            .from(SUMMARY),
        BehaviourRecords.filesDropped("Files dropped in any sandbox run of the file").from(SUMMARY),
        BehaviourRecords.dnsLookups("DNS lookups of all sandbox runs of the file").from(SUMMARY),
        BehaviourRecords.ipTraffic("Network flows of all sandbox runs of the file").from(SUMMARY),
        BehaviourRecords.mitreTechniques(
                "MITRE ATT&CK techniques the sandboxes' signatures saw in the file, with severity")
            .from(SUMMARY),
        mitreTrees());
  }

  /** One row per sandbox, tactic and technique, the signatures behind it as JSON. */
  private static ChildTable.Builder mitreTrees() {
    return ChildTable.of(
            "",
            MAP,
            "MITRE ATT&CK tactics and techniques each sandbox saw in the file, one row per"
                + " sandbox, tactic and technique")
        .from("behaviour_mitre_trees")
        .key("sandbox", "Sandbox that ran the file, e.g. VirusTotal Jujubox")
        .unnest("tactics")
        .unnest("techniques", "tactic")
        .columns(
            Columns.element()
                .add("tactic_id", VARCHAR, "tactic.id", "ATT&CK tactic id, e.g. TA0005")
                .add("tactic_name", VARCHAR, "tactic.name", "Tactic name, e.g. Defense Evasion")
                .add(
                    "technique_id",
                    VARCHAR,
                    "id",
                    "ATT&CK technique id, e.g. T1055 (an attack_techniques id)")
                .add("technique_name", VARCHAR, "name", "Technique name")
                .add(
                    "signatures",
                    VARCHAR,
                    "signatures",
                    "The sandbox signatures behind the technique as raw JSON ([{severity,"
                        + " description}])"));
  }
}
