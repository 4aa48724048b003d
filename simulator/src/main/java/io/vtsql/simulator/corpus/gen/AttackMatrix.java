package io.vtsql.simulator.corpus.gen;

import java.util.List;

/**
 * The small MITRE ATT&amp;CK (Enterprise) subset the demo corpus uses: real tactic and technique
 * ids and names, each technique with the tactics it belongs to.
 */
final class AttackMatrix {

  /** One tactic: id ({@code TA0002}), name and the short name ATT&amp;CK links use. */
  record Tactic(String id, String name, String shortName) {
  }

  /** One technique or sub-technique ({@code T1055.012}) and the ids of its tactics. */
  record Technique(String id, String name, List<String> tactics) {
    /** The parent technique id of a sub-technique, or null. */
    String parent() {
      int dot = id.indexOf('.');
      return dot < 0 ? null : id.substring(0, dot);
    }
  }

  static final List<Tactic> TACTICS = List.of(
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

  static final List<Technique> TECHNIQUES = List.of(
      new Technique("T1566", "Phishing", List.of("TA0001")),
      new Technique("T1566.001", "Spearphishing Attachment", List.of("TA0001")),
      new Technique("T1059", "Command and Scripting Interpreter", List.of("TA0002")),
      new Technique("T1059.001", "PowerShell", List.of("TA0002")),
      new Technique("T1059.003", "Windows Command Shell", List.of("TA0002")),
      new Technique("T1204", "User Execution", List.of("TA0002")),
      new Technique("T1204.002", "Malicious File", List.of("TA0002")),
      new Technique("T1053", "Scheduled Task/Job", List.of("TA0002", "TA0003", "TA0004")),
      new Technique("T1053.005", "Scheduled Task", List.of("TA0002", "TA0003", "TA0004")),
      new Technique("T1547", "Boot or Logon Autostart Execution", List.of("TA0003", "TA0004")),
      new Technique("T1547.001", "Registry Run Keys / Startup Folder",
          List.of("TA0003", "TA0004")),
      new Technique("T1055", "Process Injection", List.of("TA0004", "TA0005")),
      new Technique("T1055.012", "Process Hollowing", List.of("TA0004", "TA0005")),
      new Technique("T1027", "Obfuscated Files or Information", List.of("TA0005")),
      new Technique("T1112", "Modify Registry", List.of("TA0005")),
      new Technique("T1497", "Virtualization/Sandbox Evasion", List.of("TA0005", "TA0007")),
      new Technique("T1555", "Credentials from Password Stores", List.of("TA0006")),
      new Technique("T1555.003", "Credentials from Web Browsers", List.of("TA0006")),
      new Technique("T1082", "System Information Discovery", List.of("TA0007")),
      new Technique("T1057", "Process Discovery", List.of("TA0007")),
      new Technique("T1083", "File and Directory Discovery", List.of("TA0007")),
      new Technique("T1071", "Application Layer Protocol", List.of("TA0011")),
      new Technique("T1071.001", "Web Protocols", List.of("TA0011")),
      new Technique("T1105", "Ingress Tool Transfer", List.of("TA0011")),
      new Technique("T1041", "Exfiltration Over C2 Channel", List.of("TA0010")),
      new Technique("T1486", "Data Encrypted for Impact", List.of("TA0040")));

  private AttackMatrix() {
  }
}
