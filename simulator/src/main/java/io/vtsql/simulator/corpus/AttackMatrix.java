package io.vtsql.simulator.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The small fixed set of real MITRE ATT&CK techniques the demo corpus's sandbox reports cite, with
 * the tactics each belongs to, so behaviour reports and {@code behaviour_mitre_trees} agree.
 */
public final class AttackMatrix {

  /** One ATT&CK tactic. */
  public record Tactic(String id, String name, String description) {
    /** The tactic's page on attack.mitre.org. */
    public String link() {
      return "https://attack.mitre.org/tactics/" + id + "/";
    }
  }

  /** One ATT&CK technique or sub-technique and the tactics it serves. */
  public record Technique(String id, String name, String description, List<Tactic> tactics) {
    /** The technique's page on attack.mitre.org ({@code T1059.001} → {@code T1059/001/}). */
    public String link() {
      return "https://attack.mitre.org/techniques/" + id.replace('.', '/') + "/";
    }
  }

  private static final Tactic INITIAL_ACCESS = new Tactic("TA0001", "Initial Access",
      "The adversary is trying to get into your network.");
  private static final Tactic EXECUTION = new Tactic("TA0002", "Execution",
      "The adversary is trying to run malicious code.");
  private static final Tactic PERSISTENCE = new Tactic("TA0003", "Persistence",
      "The adversary is trying to maintain their foothold.");
  private static final Tactic PRIVILEGE_ESCALATION = new Tactic("TA0004", "Privilege Escalation",
      "The adversary is trying to gain higher-level permissions.");
  private static final Tactic DEFENSE_EVASION = new Tactic("TA0005", "Defense Evasion",
      "The adversary is trying to avoid being detected.");
  private static final Tactic DISCOVERY = new Tactic("TA0007", "Discovery",
      "The adversary is trying to figure out your environment.");
  private static final Tactic COMMAND_AND_CONTROL = new Tactic("TA0011", "Command and Control",
      "The adversary is trying to communicate with compromised systems to control them.");
  private static final Tactic IMPACT = new Tactic("TA0040", "Impact",
      "The adversary is trying to manipulate, interrupt, or destroy your systems and data.");

  /** The techniques, in a stable order. */
  public static final List<Technique> TECHNIQUES = List.of(
      new Technique("T1055", "Process Injection",
          "Adversaries may inject code into processes to evade defenses and elevate privileges.",
          List.of(DEFENSE_EVASION, PRIVILEGE_ESCALATION)),
      new Technique("T1059.001", "PowerShell",
          "Adversaries may abuse PowerShell commands and scripts for execution.",
          List.of(EXECUTION)),
      new Technique("T1547.001", "Registry Run Keys / Startup Folder",
          "Adversaries may achieve persistence by adding a program to a startup folder or"
              + " referencing it with a Registry run key.",
          List.of(PERSISTENCE, PRIVILEGE_ESCALATION)),
      new Technique("T1071.001", "Web Protocols",
          "Adversaries may communicate using application layer protocols associated with web"
              + " traffic to avoid detection.",
          List.of(COMMAND_AND_CONTROL)),
      new Technique("T1082", "System Information Discovery",
          "An adversary may attempt to get detailed information about the operating system and"
              + " hardware.",
          List.of(DISCOVERY)),
      new Technique("T1105", "Ingress Tool Transfer",
          "Adversaries may transfer tools or other files from an external system into a"
              + " compromised environment.",
          List.of(COMMAND_AND_CONTROL)),
      new Technique("T1027", "Obfuscated Files or Information",
          "Adversaries may attempt to make an executable or file difficult to discover or"
              + " analyze.",
          List.of(DEFENSE_EVASION)),
      new Technique("T1112", "Modify Registry",
          "Adversaries may interact with the Windows Registry to hide configuration information"
              + " or remove it as part of cleaning up.",
          List.of(DEFENSE_EVASION)),
      new Technique("T1486", "Data Encrypted for Impact",
          "Adversaries may encrypt data on target systems to interrupt availability.",
          List.of(IMPACT)),
      new Technique("T1566.001", "Spearphishing Attachment",
          "Adversaries may send spearphishing emails with a malicious attachment to gain access.",
          List.of(INITIAL_ACCESS)));

  private static final Map<String, Technique> BY_ID = new LinkedHashMap<>();

  static {
    TECHNIQUES.forEach(t -> BY_ID.put(t.id(), t));
  }

  private AttackMatrix() {
  }

  /** A technique of the set by id. */
  public static Optional<Technique> technique(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }
}
