package io.vtsql.simulator.corpus;

/**
 * The relationships of the threat-landscape types the simulator serves (collections, legacy threat
 * actors, ATT&amp;CK tactics and techniques), in {@link RelationshipCatalogue}'s row form.
 */
final class ThreatRelationshipRows {

  private ThreatRelationshipRows() {}

  // Rows: name, target type(s) separated by '|', flags ("E" = premium only, "1" = 1:1),
  // description.
  static final String[][] COLLECTION = {
    {
      "attack_techniques",
      "attack_technique",
      "",
      "ATT&CK techniques seen in the collection's files"
    },
    {"comments", "comment", "", "Comments on the collection"},
    {"domains", "domain", "", "Domains in the collection"},
    {"files", "file", "", "Files in the collection"},
    {"ip_addresses", "ip_address", "", "IP addresses in the collection"},
    {"threat_actors", "threat_actor", "", "Threat actors the collection is about"},
    {"urls", "url", "", "URLs in the collection"},
  };

  static final String[][] THREAT_ACTOR = {
    {"collections", "collection", "", "Collections about the threat actor"},
    {"related_threat_actors", "threat_actor", "", "Threat actors related to the threat actor"},
  };

  static final String[][] ATTACK_TACTIC = {
    {"attack_techniques", "attack_technique", "", "Techniques under the tactic"},
  };

  static final String[][] ATTACK_TECHNIQUE = {
    {"attack_tactics", "attack_tactic", "", "Tactics the technique belongs to"},
    {"parent_technique", "attack_technique", "1", "The parent of a sub-technique"},
    {"subtechniques", "attack_technique", "", "Sub-techniques of the technique"},
  };
}
