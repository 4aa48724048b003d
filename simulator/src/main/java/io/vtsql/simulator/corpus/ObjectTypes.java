package io.vtsql.simulator.corpus;

import java.util.Map;
import java.util.Optional;

/**
 * Maps API object types to their collection path segment and back ({@code ip_address ↔
 * ip_addresses}); a product's collection may be a path below a namespace ({@code
 * intelligence/retrohunt_jobs}).
 */
public final class ObjectTypes {

  /** Base of the canonical links stored in corpus objects. */
  public static final String VT_BASE = "https://www.virustotal.com/api/v3";

  private static final Map<String, String> COLLECTIONS =
      Map.ofEntries(
          Map.entry("file", "files"),
          Map.entry("url", "urls"),
          Map.entry("domain", "domains"),
          Map.entry("ip_address", "ip_addresses"),
          Map.entry("resolution", "resolutions"),
          Map.entry("whois", "whois"),
          Map.entry("comment", "comments"),
          Map.entry("vote", "votes"),
          Map.entry("submission", "submissions"),
          Map.entry("analysis", "analyses"),
          Map.entry("graph", "graphs"),
          Map.entry("collection", "collections"),
          Map.entry("file_behaviour", "file_behaviours"),
          Map.entry("threat_actor", "threat_actors"),
          Map.entry("attack_tactic", "attack_tactics"),
          Map.entry("attack_technique", "attack_techniques"),
          Map.entry("yara_rule", "yara_rules"),
          Map.entry("yara_ruleset", "yara_rulesets"),
          Map.entry("sigma_rule", "sigma_rules"),
          Map.entry("retrohunt_job", "intelligence/retrohunt_jobs"),
          Map.entry("monitoritem", "monitor/items"),
          Map.entry("alerting_asset", "alerts/assets"),
          Map.entry("alerting_notification", "alerts/notifications"),
          Map.entry("private_file", "private/files"),
          Map.entry("private_file_behaviour", "private/file_behaviours"),
          Map.entry("private_analysis", "private/analyses"),
          Map.entry("private_url", "private/urls"));

  private ObjectTypes() {}

  /** The collection segment of a type; unknown types get {@code type + "s"}. */
  public static String collection(String type) {
    return COLLECTIONS.getOrDefault(type, type + "s");
  }

  /** The type served under a collection segment, if known. */
  public static Optional<String> typeOf(String collection) {
    return COLLECTIONS.entrySet().stream()
        .filter(e -> e.getValue().equals(collection))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** The canonical VirusTotal self link of an object. */
  public static String selfLink(String type, String id) {
    return VT_BASE + "/" + collection(type) + "/" + id;
  }
}
