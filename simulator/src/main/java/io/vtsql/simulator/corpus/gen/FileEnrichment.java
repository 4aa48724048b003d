package io.vtsql.simulator.corpus.gen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.RelationStore;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Adds to a freshly built file object the nested records analysts query that come from rules and
 * sandboxes (crowdsourced YARA / Sigma / IDS results, sandbox verdicts) and the PE details
 * FileFactory leaves out (section chi2, import list); the shapes follow the real reports in
 * captures azul_file_report_win32dll.json and mdb_file_fff40032.json.
 */
final class FileEnrichment {

  static final long SALT = 75;
  private static final String[][] LIBRARIES = {
    {
      "KERNEL32.dll",
      "CloseHandle",
      "CreateFileW",
      "CreateThread",
      "GetProcAddress",
      "LoadLibraryA",
      "ReadFile",
      "Sleep",
      "VirtualAlloc",
      "WriteFile"
    },
    {"ADVAPI32.dll", "CryptAcquireContextW", "RegCloseKey", "RegOpenKeyExW", "RegSetValueExW"},
    {"USER32.dll", "GetForegroundWindow", "MessageBoxW", "SetWindowsHookExW"},
    {"WININET.dll", "HttpSendRequestW", "InternetOpenUrlW", "InternetOpenW", "InternetReadFile"},
    {"WS2_32.dll", "connect", "recv", "send", "socket"},
    {"SHELL32.dll", "ShellExecuteW", "SHGetFolderPathW"},
  };

  private final long seed;
  private final RelationStore relations;
  private final CrowdsourcedRules rules;

  FileEnrichment(long seed, RelationStore relations, CrowdsourcedRules rules) {
    this.seed = seed;
    this.relations = relations;
    this.rules = rules;
  }

  /** {@code file} with the records added (the same, freshly built and unshared, node). */
  ObjectNode enrich(Seeds.FileSeed f, ObjectNode file) {
    ObjectNode a = (ObjectNode) file.get("attributes");
    DetectionPlan plan = DetectionPlan.of(seed, f, a, relations, rules);
    if (!plan.yara().isEmpty()) {
      ArrayNode yara = a.putArray("crowdsourced_yara_results");
      for (CrowdsourcedRules.YaraRule r : plan.yara()) {
        ObjectNode m = yara.addObject();
        m.put("ruleset_id", r.rulesetId());
        m.put("ruleset_name", r.rulesetName());
        m.put("rule_name", r.name());
        m.put("author", r.author());
        m.put("source", r.source());
        m.put("description", r.description());
        m.put("match_in_subfile", false);
      }
    }
    if (!plan.sigma().isEmpty()) {
      ArrayNode sigma = a.putArray("sigma_analysis_results");
      plan.sigma().forEach(s -> sigma.add(plan.sigmaResult(s)));
      ObjectNode stats =
          DetectionPlan.stats(
              plan.sigma().stream().map(CrowdsourcedRules.SigmaRule::level).toList(),
              List.of("critical", "high", "medium", "low"));
      a.set("sigma_analysis_stats", stats);
      a.putObject("sigma_analysis_summary").set(CrowdsourcedRules.sigmaSource(), stats.deepCopy());
    }
    if (!plan.ids().isEmpty()) {
      ArrayNode ids = a.putArray("crowdsourced_ids_results");
      for (int i = 0; i < plan.ids().size(); i++) {
        ids.add(plan.idsResult(plan.ids().get(i), i));
      }
      a.set(
          "crowdsourced_ids_stats",
          DetectionPlan.stats(
              plan.ids().stream().map(CrowdsourcedRules.IdsRule::severity).toList(),
              List.of("high", "medium", "low", "info")));
    }
    if (!plan.sandboxes().isEmpty()) {
      sandboxVerdicts(Gen.rng(seed, SALT, f.index()), a, plan);
    }
    if (a.has("pe_info")) {
      peDetails(
          Gen.rng(seed, SALT + 1, f.index()),
          (ObjectNode) a.get("pe_info"),
          !relations.get("file", f.sha256(), "contacted_domains").isEmpty());
    }
    return file;
  }

  private static void sandboxVerdicts(SplittableRandom rng, ObjectNode a, DetectionPlan plan) {
    ObjectNode verdicts = a.putObject("sandbox_verdicts");
    for (String sandbox : plan.sandboxes()) {
      ObjectNode v = verdicts.putObject(sandbox);
      v.put("category", plan.verdictCategory());
      v.put(
          "confidence",
          plan.malicious() == 0 ? Gen.between(rng, 1, 10) : Gen.between(rng, 40, 100));
      v.put("sandbox_name", sandbox);
      ArrayNode classes = v.putArray("malware_classification");
      plan.classification().forEach(classes::add);
      if (plan.verdictCategory().equals("malicious") && plan.family() != null) {
        v.putArray("malware_names").add(plan.family());
      }
    }
  }

  private static void peDetails(SplittableRandom rng, ObjectNode pe, boolean network) {
    for (JsonNode section : pe.path("sections")) {
      ((ObjectNode) section).put("chi2", Math.round(rng.nextDouble() * 4_000_000 * 4) / 4.0);
    }
    ArrayNode imports = pe.putArray("import_list");
    for (int i = 0; i < LIBRARIES.length; i++) {
      boolean wanted = i == 0 || (i == 3 && network) || rng.nextInt(3) == 0;
      if (!wanted) {
        continue;
      }
      ObjectNode library = imports.addObject();
      library.put("library_name", LIBRARIES[i][0]);
      ArrayNode functions = library.putArray("imported_functions");
      for (int k = 1; k < LIBRARIES[i].length; k++) {
        functions.add(LIBRARIES[i][k]);
      }
    }
  }
}
