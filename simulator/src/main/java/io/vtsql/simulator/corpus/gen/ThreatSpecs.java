package io.vtsql.simulator.corpus.gen;

import java.util.List;

/**
 * The fixed threat-landscape cast of the demo corpus: twelve collections of several types and five
 * legacy threat actors. Which corpus objects a collection contains is decided by {@link
 * ThreatLandscape} from each spec's member rule.
 */
final class ThreatSpecs {

  /** How a collection picks its files: by family, by file type tag, by category, or none. */
  enum Rule {
    FAMILY,
    TYPE_TAG,
    CATEGORY,
    LOGIN_URLS,
    SCANNER_IPS
  }

  /**
   * One collection: its name, GTI type, member rule with its values, tags, regions, industries,
   * origin, owner and, for threat-actor collections, the legacy actor it mirrors.
   */
  record CollectionSpec(
      String name,
      String type,
      Rule rule,
      List<String> values,
      List<String> tags,
      String sourceRegion,
      List<String> targetedRegions,
      List<String> targetedIndustries,
      String origin,
      String owner,
      String actor) {}

  /** One legacy threat actor. */
  record ActorSpec(
      String name,
      List<String> aliases,
      String sourceRegion,
      String sponsorRegion,
      List<String> targetedRegions,
      List<String> targetedIndustries,
      List<String> motivations,
      List<String> related) {}

  private static final String GTI = "Google Threat Intelligence";
  private static final String CROWD = "Crowdsourced";

  static final List<CollectionSpec> COLLECTIONS =
      List.of(
          new CollectionSpec(
              "Emotet",
              "malware-family",
              Rule.FAMILY,
              List.of("emotet"),
              List.of("banker", "loader", "botnet"),
              "UA",
              List.of("US", "DE", "IT"),
              List.of("Financial Services", "Government"),
              GTI,
              "mandiant",
              null),
          new CollectionSpec(
              "AgentTesla",
              "malware-family",
              Rule.FAMILY,
              List.of("agenttesla"),
              List.of("infostealer", "keylogger"),
              "TR",
              List.of("US", "IN", "BR"),
              List.of("Manufacturing", "Retail"),
              GTI,
              "mandiant",
              null),
          new CollectionSpec(
              "QakBot",
              "malware-family",
              Rule.FAMILY,
              List.of("qakbot"),
              List.of("banker", "loader"),
              "RU",
              List.of("US", "GB", "DE"),
              List.of("Financial Services", "Healthcare"),
              GTI,
              "mandiant",
              null),
          new CollectionSpec(
              "Mirai",
              "malware-family",
              Rule.FAMILY,
              List.of("mirai", "gafgyt"),
              List.of("botnet", "iot", "ddos"),
              null,
              List.of("BR", "CN", "KR"),
              List.of("Telecommunications"),
              GTI,
              "mandiant",
              null),
          new CollectionSpec(
              "APT28",
              "threat-actor",
              Rule.FAMILY,
              List.of("lokibot", "remcos"),
              List.of("apt", "espionage"),
              "RU",
              List.of("UA", "DE", "FR"),
              List.of("Government", "Defense"),
              GTI,
              "mandiant",
              "APT28"),
          new CollectionSpec(
              "Lazarus Group",
              "threat-actor",
              Rule.FAMILY,
              List.of("bumblebee", "icedid"),
              List.of("apt", "cryptocurrency"),
              "KP",
              List.of("KR", "US", "JP"),
              List.of("Financial Services", "Technology"),
              GTI,
              "mandiant",
              "Lazarus Group"),
          new CollectionSpec(
              "APT41",
              "threat-actor",
              Rule.FAMILY,
              List.of("njrat", "xorddos"),
              List.of("apt", "espionage", "financially-motivated"),
              "CN",
              List.of("US", "IN", "JP"),
              List.of("Healthcare", "Technology", "Telecommunications"),
              GTI,
              "mandiant",
              "APT41"),
          new CollectionSpec(
              "Invoice phishing wave",
              "campaign",
              Rule.TYPE_TAG,
              List.of("pdf", "docx", "html"),
              List.of("phishing", "invoice"),
              null,
              List.of("US", "GB", "NL"),
              List.of("Financial Services", "Retail"),
              GTI,
              "mandiant",
              null),
          new CollectionSpec(
              "Fake browser updates",
              "campaign",
              Rule.TYPE_TAG,
              List.of("javascript"),
              List.of("socgholish", "drive-by"),
              null,
              List.of("US", "ES"),
              List.of("Media"),
              GTI,
              "mandiant",
              null),
          new CollectionSpec(
              "Ransomware landscape 2025",
              "report",
              Rule.CATEGORY,
              List.of("ransomware"),
              List.of("ransomware", "report"),
              null,
              List.of("US", "DE", "FR"),
              List.of("Healthcare", "Education", "Manufacturing"),
              GTI,
              "mandiant",
              null),
          new CollectionSpec(
              "Credential phishing pages",
              "collection",
              Rule.LOGIN_URLS,
              List.of("login"),
              List.of("phishing", "credential-theft"),
              null,
              List.of("US"),
              List.of("Financial Services"),
              CROWD,
              "threat_hunter42",
              null),
          new CollectionSpec(
              "SSH brute-force scanners",
              "collection",
              Rule.SCANNER_IPS,
              List.of(),
              List.of("bruteforce", "ssh", "scanner"),
              null,
              List.of(),
              List.of(),
              CROWD,
              "honeypot_ops",
              null));

  static final List<ActorSpec> ACTORS =
      List.of(
          new ActorSpec(
              "APT28",
              List.of("Fancy Bear", "Sofacy", "STRONTIUM"),
              "RU",
              "RU",
              List.of("UA", "DE", "FR", "US"),
              List.of("Government", "Defense", "Media"),
              List.of("espionage"),
              List.of("Sandworm Team")),
          new ActorSpec(
              "Lazarus Group",
              List.of("HIDDEN COBRA", "ZINC"),
              "KP",
              "KP",
              List.of("KR", "US", "JP"),
              List.of("Financial Services", "Technology"),
              List.of("financial gain", "espionage"),
              List.of()),
          new ActorSpec(
              "APT41",
              List.of("Double Dragon", "Winnti"),
              "CN",
              "CN",
              List.of("US", "IN", "JP", "KR"),
              List.of("Healthcare", "Technology", "Telecommunications"),
              List.of("espionage", "financial gain"),
              List.of()),
          new ActorSpec(
              "FIN7",
              List.of("Carbanak Group", "Sangria Tempest"),
              "RU",
              null,
              List.of("US", "GB"),
              List.of("Retail", "Hospitality", "Financial Services"),
              List.of("financial gain"),
              List.of()),
          new ActorSpec(
              "Sandworm Team",
              List.of("Voodoo Bear", "IRIDIUM"),
              "RU",
              "RU",
              List.of("UA", "US"),
              List.of("Energy", "Government"),
              List.of("sabotage", "espionage"),
              List.of("APT28")));

  private ThreatSpecs() {}
}
