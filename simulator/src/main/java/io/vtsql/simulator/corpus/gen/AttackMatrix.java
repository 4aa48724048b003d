package io.vtsql.simulator.corpus.gen;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The small MITRE ATT&amp;CK (Enterprise) subset the demo corpus uses: real tactic and technique
 * ids and names, each technique with the tactics it belongs to. The one source of techniques:
 * files' {@code related_attack_techniques}, the {@code attack_techniques} objects and the
 * techniques sandbox reports cite all come from here.
 */
final class AttackMatrix {

  /** One tactic: id ({@code TA0002}), name and the short name ATT&amp;CK links use. */
  record Tactic(String id, String name, String shortName) {}

  /**
   * One technique or sub-technique ({@code T1055.012}), the ids of its tactics, and what a sandbox
   * signature that sees it says (a report's {@code signature_description}).
   */
  record Technique(String id, String name, List<String> tactics, String signature) {
    /** The parent technique id of a sub-technique, or null. */
    String parent() {
      int dot = id.indexOf('.');
      return dot < 0 ? null : id.substring(0, dot);
    }
  }

  static final List<Tactic> TACTICS =
      List.of(
          new Tactic("TA0001", "Initial Access", "initial-access"),
          new Tactic("TA0002", "Execution", "execution"),
          new Tactic("TA0003", "Persistence", "persistence"),
          new Tactic("TA0004", "Privilege Escalation", "privilege-escalation"),
          new Tactic("TA0005", "Defense Evasion", "defense-evasion"),
          new Tactic("TA0006", "Credential Access", "credential-access"),
          new Tactic("TA0007", "Discovery", "discovery"),
          new Tactic("TA0010", "Exfiltration", "exfiltration"),
          new Tactic("TA0011", "Command and Control", "command-and-control"),
          new Tactic("TA0040", "Impact", "impact"));

  static final List<Technique> TECHNIQUES =
      List.of(
          new Technique(
              "T1566",
              "Phishing",
              List.of("TA0001"),
              "Sends email with a malicious link or attachment"),
          new Technique(
              "T1566.001",
              "Spearphishing Attachment",
              List.of("TA0001"),
              "Opens a document received as an email attachment"),
          new Technique(
              "T1059",
              "Command and Scripting Interpreter",
              List.of("TA0002"),
              "Runs commands through a script interpreter"),
          new Technique(
              "T1059.001", "PowerShell", List.of("TA0002"), "Runs PowerShell with a hidden window"),
          new Technique(
              "T1059.003",
              "Windows Command Shell",
              List.of("TA0002"),
              "Runs commands through cmd.exe"),
          new Technique(
              "T1204", "User Execution", List.of("TA0002"), "Needs the user to open the sample"),
          new Technique(
              "T1204.002",
              "Malicious File",
              List.of("TA0002"),
              "Runs after the user opened a malicious file"),
          new Technique(
              "T1053",
              "Scheduled Task/Job",
              List.of("TA0002", "TA0003", "TA0004"),
              "Schedules itself to run again"),
          new Technique(
              "T1053.005",
              "Scheduled Task",
              List.of("TA0002", "TA0003", "TA0004"),
              "Creates a scheduled task"),
          new Technique(
              "T1547",
              "Boot or Logon Autostart Execution",
              List.of("TA0003", "TA0004"),
              "Starts itself at boot or logon"),
          new Technique(
              "T1547.001",
              "Registry Run Keys / Startup Folder",
              List.of("TA0003", "TA0004"),
              "Creates an autostart registry key"),
          new Technique(
              "T1055",
              "Process Injection",
              List.of("TA0004", "TA0005"),
              "Injects code into another process"),
          new Technique(
              "T1055.012",
              "Process Hollowing",
              List.of("TA0004", "TA0005"),
              "Starts a process suspended and replaces its image"),
          new Technique(
              "T1027",
              "Obfuscated Files or Information",
              List.of("TA0005"),
              "The sample is packed or obfuscated"),
          new Technique("T1112", "Modify Registry", List.of("TA0005"), "Modifies registry values"),
          new Technique(
              "T1497",
              "Virtualization/Sandbox Evasion",
              List.of("TA0005", "TA0007"),
              "Checks whether it runs in a virtual machine or sandbox"),
          new Technique(
              "T1555",
              "Credentials from Password Stores",
              List.of("TA0006"),
              "Reads stored credentials"),
          new Technique(
              "T1555.003",
              "Credentials from Web Browsers",
              List.of("TA0006"),
              "Reads credentials stored by web browsers"),
          new Technique(
              "T1082",
              "System Information Discovery",
              List.of("TA0007"),
              "Reads system information such as the computer name and OS version"),
          new Technique(
              "T1057", "Process Discovery", List.of("TA0007"), "Enumerates running processes"),
          new Technique(
              "T1083",
              "File and Directory Discovery",
              List.of("TA0007"),
              "Enumerates files and directories"),
          new Technique(
              "T1071",
              "Application Layer Protocol",
              List.of("TA0011"),
              "Communicates with a remote server over an application protocol"),
          new Technique(
              "T1071.001",
              "Web Protocols",
              List.of("TA0011"),
              "Uses HTTP to communicate with a remote server"),
          new Technique(
              "T1105",
              "Ingress Tool Transfer",
              List.of("TA0011"),
              "Downloads files from a web server"),
          new Technique(
              "T1041",
              "Exfiltration Over C2 Channel",
              List.of("TA0010"),
              "Sends collected data to its command and control server"),
          new Technique(
              "T1486",
              "Data Encrypted for Impact",
              List.of("TA0040"),
              "Encrypts user files and appends a new extension"));

  private static final Map<String, Technique> BY_ID =
      TECHNIQUES.stream().collect(Collectors.toMap(Technique::id, t -> t));

  private AttackMatrix() {}

  /** The technique of an id the matrix has. */
  static Technique technique(String id) {
    return Objects.requireNonNull(BY_ID.get(id), id);
  }
}
