package io.vtsql.simulator.corpus.gen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.Ref;
import io.vtsql.simulator.corpus.RelationStore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * What the crowdsourced rules and sandboxes say about one generated file, decided once from the
 * file's own verdicts and relationships so that its attributes and its sandbox reports agree: Sigma
 * matches need a sandbox with event logs, IDS alerts a sandbox with a capture and a contacted IP,
 * and YARA matches follow the file's threat family.
 */
record DetectionPlan(
    String family,
    String category,
    int malicious,
    List<String> sandboxes,
    List<CrowdsourcedRules.YaraRule> yara,
    List<CrowdsourcedRules.SigmaRule> sigma,
    List<CrowdsourcedRules.IdsRule> ids,
    List<String> contactedIps,
    String samplePath) {

  static final long SALT = 73;

  /** The plan of file {@code f} whose freshly built attributes are {@code a}. */
  static DetectionPlan of(
      long seed, Seeds.FileSeed f, JsonNode a, RelationStore relations, CrowdsourcedRules rules) {
    SplittableRandom rng = Gen.rng(seed, SALT, f.index());
    JsonNode ptc = a.path("popular_threat_classification");
    String family = ptc.path("popular_threat_name").path(0).path("value").asText(null);
    String category = ptc.path("popular_threat_category").path(0).path("value").asText(null);
    int malicious = a.path("last_analysis_stats").path("malicious").asInt();
    List<String> sandboxes = new ArrayList<>();
    for (Ref b : relations.get("file", f.sha256(), "behaviours")) {
      sandboxes.add(b.id().substring(f.sha256().length() + 1));
    }
    List<String> ips =
        relations.get("file", f.sha256(), "contacted_ips").stream().map(Ref::id).toList();

    LinkedHashSet<CrowdsourcedRules.YaraRule> yara = new LinkedHashSet<>();
    if (family != null && rules.familyRule(family) != null) {
      yara.add(rules.familyRule(family));
    }
    if (malicious > 0 && f.type().isPe()) {
      List<CrowdsourcedRules.YaraRule> pe = rules.genericRules(CrowdsourcedRules.PE_RULESETS);
      for (int k = Gen.between(rng, 1, 2); k > 0; k--) {
        yara.add(Gen.pick(rng, pe));
      }
      if ("ransomware".equals(category)) {
        yara.addAll(rules.genericRules(List.of("ditekshen_indicators")));
      }
    }
    if (malicious > 0 && (f.type() == FileType.DOCX || f.type() == FileType.XLSX)) {
      yara.add(Gen.pick(rng, rules.genericRules(List.of("office_macros"))));
    }

    List<CrowdsourcedRules.SigmaRule> sigma = new ArrayList<>();
    if (malicious > 0 && sandboxes.stream().anyMatch(BehaviourWiring::hasEvtx)) {
      LinkedHashSet<CrowdsourcedRules.SigmaRule> chosen = new LinkedHashSet<>();
      for (int k = Gen.between(rng, 1, 4); k > 0; k--) {
        chosen.add(Gen.pick(rng, rules.sigmaRules()));
      }
      sigma.addAll(chosen);
    }
    List<CrowdsourcedRules.IdsRule> ids = new ArrayList<>();
    if (malicious > 0 && !ips.isEmpty() && sandboxes.stream().anyMatch(BehaviourWiring::hasPcap)) {
      LinkedHashSet<CrowdsourcedRules.IdsRule> chosen = new LinkedHashSet<>();
      for (int k = Gen.between(rng, 1, 3); k > 0; k--) {
        chosen.add(Gen.pick(rng, rules.idsRules()));
      }
      ids.addAll(chosen);
    }
    String name = a.path("meaningful_name").asText("sample");
    String path =
        f.type().isPe()
            ? "C:\\Users\\user\\AppData\\Local\\Temp\\" + name
            : f.type() == FileType.APK ? "/data/app/" + name : "/tmp/" + name;
    return new DetectionPlan(
        family,
        category,
        malicious,
        List.copyOf(sandboxes),
        List.copyOf(yara),
        sigma,
        ids,
        ips,
        path);
  }

  /** The sandbox verdict: malicious from 5 detections, suspicious below, harmless at none. */
  String verdictCategory() {
    return malicious >= 5 ? "malicious" : malicious > 0 ? "suspicious" : "harmless";
  }

  /** {@code malware_classification} / behaviour {@code verdicts}, e.g. ["MALWARE", "TROJAN"]. */
  List<String> classification() {
    if (malicious == 0) {
      return List.of("CLEAN");
    }
    if (malicious < 5) {
      return List.of("GREYWARE");
    }
    List<String> out = new ArrayList<>(List.of("MALWARE"));
    String specific =
        switch (category == null ? "" : category) {
          case "ransomware" -> "RANSOM";
          case "banker" -> "BANKER";
          case "phishing" -> "PHISHING";
          case "adware", "pua" -> "ADWARE";
          case "spyware" -> "RAT";
          case "" -> null;
          default -> "TROJAN";
        };
    if (specific != null) {
      out.add(specific);
    }
    return out;
  }

  /** One {@code sigma_analysis_results} entry, with the event that matched. */
  ObjectNode sigmaResult(CrowdsourcedRules.SigmaRule s) {
    ObjectNode r = JsonNodeFactory.instance.objectNode();
    ObjectNode values = r.putArray("match_context").addObject().putObject("values");
    values.put("EventID", s.logCategory().equals("registry_set") ? "13" : "1");
    values.put("Image", s.image());
    if (!s.commandLine().isEmpty()) {
      values.put("CommandLine", s.commandLine());
    }
    values.put("ParentImage", samplePath);
    r.put("rule_level", s.level());
    r.put("rule_id", s.id());
    r.put("rule_source", CrowdsourcedRules.sigmaSource());
    r.put("rule_title", s.title());
    r.put("rule_description", s.description());
    r.put("rule_author", s.author());
    return r;
  }

  /** One {@code crowdsourced_ids_results} entry, its alert pointing at a contacted IP. */
  ObjectNode idsResult(CrowdsourcedRules.IdsRule rule, int ordinal) {
    ObjectNode r = JsonNodeFactory.instance.objectNode();
    r.put("rule_msg", rule.message());
    r.put("rule_id", rule.id());
    r.put("alert_severity", rule.severity());
    r.put("rule_category", rule.category());
    r.put("rule_source", CrowdsourcedRules.IDS_SOURCE);
    r.put("rule_url", "https://rules.emergingthreats.net/");
    ArrayNode context = r.putArray("alert_context");
    ObjectNode alert = context.addObject();
    alert.put("dest_ip", contactedIps.get(ordinal % contactedIps.size()));
    alert.put("dest_port", ordinal % 2 == 0 ? 443 : 80);
    alert.put("protocol", "TCP");
    return r;
  }

  /** Severity counts of matched rules: {@code {critical?, high, medium, low[, info]}}. */
  static ObjectNode stats(List<String> levels, List<String> keys) {
    ObjectNode stats = JsonNodeFactory.instance.objectNode();
    keys.forEach(k -> stats.put(k, 0));
    for (String level : levels) {
      String key = level.toLowerCase(Locale.ROOT);
      stats.put(key, stats.path(key).asInt() + 1);
    }
    return stats;
  }
}
