package io.vtsql.simulator.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The relationships the simulator knows per object type (protocol.md §4.4), served by {@code
 * /metadata}. The Threat Landscape / GTI-only relationships (references, campaigns,
 * malware_families, ...) are deliberately absent: the simulator neither serves nor lists them.
 */
public final class RelationshipCatalogue {

  private final Map<String, Map<String, Relationship>> byType;

  private RelationshipCatalogue(Map<String, Map<String, Relationship>> byType) {
    this.byType = byType;
  }

  /**
   * The catalogue of the four core object types, analyses, the threat-landscape types and the
   * products' types (Livehunt rulesets, Retrohunt jobs, Monitor items, graphs, Private Scanning,
   * users and groups).
   */
  public static RelationshipCatalogue standard() {
    Map<String, Map<String, Relationship>> map = new LinkedHashMap<>();
    map.put("file", table(FILE));
    map.put("url", table(URL));
    map.put("domain", table(DOMAIN));
    map.put("ip_address", table(IP));
    map.put("analysis", table(ANALYSIS));
    map.put("collection", table(ThreatRelationshipRows.COLLECTION));
    map.put("threat_actor", table(ThreatRelationshipRows.THREAT_ACTOR));
    map.put("attack_tactic", table(ThreatRelationshipRows.ATTACK_TACTIC));
    map.put("attack_technique", table(ThreatRelationshipRows.ATTACK_TECHNIQUE));
    map.put("hunting_ruleset", table(HUNTING_RULESET));
    map.put("retrohunt_job", table(ProductRelationshipRows.RETROHUNT_JOB));
    map.put("monitoritem", table(ProductRelationshipRows.MONITOR_ITEM));
    map.put("graph", table(GRAPH));
    map.put("private_file", table(PrivateScanningRelationshipRows.PRIVATE_FILE));
    map.put("private_analysis", table(PrivateScanningRelationshipRows.PRIVATE_ANALYSIS));
    map.put("private_url", table(PrivateScanningRelationshipRows.PRIVATE_URL));
    map.put("user", table(AccountRelationshipRows.USER));
    map.put("group", table(AccountRelationshipRows.GROUP));
    return new RelationshipCatalogue(Collections.unmodifiableMap(map));
  }

  /** Object types that have relationships, in a stable order. */
  public Set<String> types() {
    return byType.keySet();
  }

  /** The relationships of {@code type} in catalogue order; empty for unknown types. */
  public List<Relationship> relationships(String type) {
    Map<String, Relationship> rels = byType.get(type);
    return rels == null ? List.of() : List.copyOf(rels.values());
  }

  /** One relationship by type and name. */
  public Optional<Relationship> find(String type, String name) {
    Map<String, Relationship> rels = byType.get(type);
    return rels == null ? Optional.empty() : Optional.ofNullable(rels.get(name));
  }

  private static Map<String, Relationship> table(String[][] rows) {
    Map<String, Relationship> rels = new LinkedHashMap<>();
    for (String[] row : rows) {
      String flags = row[2];
      Cardinality cardinality = flags.contains("1") ? Cardinality.ONE : Cardinality.MANY;
      List<String> targets = new ArrayList<>(List.of(row[1].split("\\|")));
      rels.put(row[0], new Relationship(row[0], row[3], targets, cardinality, flags.contains("E")));
    }
    return Collections.unmodifiableMap(rels);
  }

  // Rows: name, target type(s) separated by '|', flags ("E" = premium only, "1" = 1:1),
  // description.
  private static final String[][] HUNTING_RULESET = {
    {"editors", "user|group", "", "Users and groups the ruleset is shared with"},
    {"owner", "user", "1", "User who owns the ruleset"},
  };

  private static final String[][] FILE = {
    {"analyses", "analysis", "E", "Analyses for the file"},
    {"behaviours", "file_behaviour", "", "Behaviour reports for the file"},
    {"bundled_files", "file", "", "Files bundled within the file"},
    {"carbonblack_children", "file", "E", "Files derived from the file according to Carbon Black"},
    {
      "carbonblack_parents",
      "file",
      "E",
      "Files from which the file is derived according to Carbon Black"
    },
    {"ciphered_bundled_files", "file", "E", "Files bundled within the file, ciphered"},
    {"ciphered_parents", "file", "E", "Files containing the file, ciphered"},
    {"clues", "clue", "E", "Clues about the file"},
    {"code_blocks", "code_block", "E", "Code blocks of the file"},
    {"collections", "collection", "", "IoC collections containing the file"},
    {"comments", "comment", "", "Comments on the file"},
    {"compressed_parents", "file", "E", "Compressed files containing the file"},
    {"contacted_domains", "domain", "", "Domains contacted by the file"},
    {"contacted_ips", "ip_address", "", "IP addresses contacted by the file"},
    {"contacted_urls", "url", "", "URLs contacted by the file"},
    {"distributors", "distributor", "E", "Distributors of the file"},
    {"dropped_files", "file", "", "Files dropped by the file during its execution"},
    {"email_attachments", "file", "E", "Files attached to the email"},
    {"email_parents", "file", "E", "Emails that have the file as attachment"},
    {"email_senders", "email_sender", "E", "Senders of emails containing the file"},
    {"embedded_domains", "domain", "E", "Domain names embedded in the file"},
    {"embedded_ips", "ip_address", "E", "IP addresses embedded in the file"},
    {"embedded_urls", "url", "E", "URLs embedded in the file"},
    {"execution_parents", "file", "", "Files that executed the file"},
    {"graphs", "graph", "", "Graphs including the file"},
    {"hash_collisions", "file", "E", "Files whose hash collides with the file's"},
    {"itw_domains", "domain", "E", "In-the-wild domains from which the file was downloaded"},
    {"itw_ips", "ip_address", "E", "In-the-wild IP addresses from which the file was downloaded"},
    {"itw_urls", "url", "E", "In-the-wild URLs from which the file was downloaded"},
    {"memory_pattern_domains", "domain", "E", "Domains found in memory during execution"},
    {"memory_pattern_ips", "ip_address", "E", "IP addresses found in memory during execution"},
    {"memory_pattern_urls", "url", "E", "URLs found in memory during execution"},
    {"overlay_children", "file", "E", "Files contained in the file's overlay"},
    {"overlay_parents", "file", "E", "Files that contain the file in their overlay"},
    {"pcap_children", "file", "E", "Files contained in the PCAP"},
    {"pcap_parents", "file", "E", "PCAP files that contain the file"},
    {"pe_resource_children", "file", "", "Files contained in the PE's resources"},
    {"pe_resource_parents", "file", "", "PE files that contain the file as a resource"},
    {
      "related_attack_techniques",
      "attack_technique",
      "",
      "MITRE ATT&CK techniques seen in the file's behaviour"
    },
    {"screenshots", "screenshot", "E", "Screenshots of the file's execution"},
    {"sigma_analysis", "sigma_analysis", "", "Sigma analysis of the file"},
    {"similar_files", "file", "E", "Files similar to the file"},
    {"submissions", "submission", "E", "Submissions of the file"},
    {"urls_for_embedded_js", "url", "E", "URLs where the embedded JavaScript was found"},
    {"user_votes", "vote", "", "Votes of the current user on the file"},
    {"votes", "vote", "", "Votes on the file"},
  };

  private static final String[][] URL = {
    {"analyses", "analysis", "E", "Analyses for the URL"},
    {"collections", "collection", "", "IoC collections containing the URL"},
    {"comments", "comment", "", "Comments on the URL"},
    {"communicating_files", "file", "E", "Files that communicate with the URL"},
    {"contacted_domains", "domain", "E", "Domains contacted while loading the URL"},
    {"contacted_ips", "ip_address", "E", "IP addresses contacted while loading the URL"},
    {"downloaded_files", "file", "E", "Files downloaded from the URL"},
    {"embedded_js_files", "file", "", "JavaScript files embedded in the URL's page"},
    {"graphs", "graph", "", "Graphs including the URL"},
    {"http_response_contents", "file", "", "HTTP response bodies served by the URL"},
    {"last_serving_ip_address", "ip_address", "1", "Last IP address that served the URL"},
    {"memory_pattern_parents", "file", "", "Files having the URL in their memory during execution"},
    {"network_location", "domain|ip_address", "1", "Domain or IP address of the URL"},
    {"parent_resource_urls", "url", "", "URLs that load the URL as a resource"},
    {"redirecting_urls", "url", "E", "URLs that redirect to the URL"},
    {"redirects_to", "url", "E", "URLs the URL redirects to"},
    {"referrer_files", "file", "E", "Files containing the URL"},
    {"referrer_urls", "url", "E", "URLs referring to the URL"},
    {"related_collections", "collection", "", "Collections related to the URL"},
    {"related_comments", "comment", "", "Comments on objects related to the URL"},
    {"submissions", "submission", "E", "Submissions of the URL"},
    {"urls_related_by_tracker_id", "url", "E", "URLs sharing tracker ids with the URL"},
    {"user_votes", "vote", "", "Votes of the current user on the URL"},
    {"votes", "vote", "", "Votes on the URL"},
  };

  private static final String[][] DOMAIN = {
    {"caa_records", "domain", "E", "Domains sharing CAA records"},
    {"cname_records", "domain", "E", "Domains sharing CNAME records"},
    {"collections", "collection", "", "IoC collections containing the domain"},
    {"comments", "comment", "", "Comments on the domain"},
    {"communicating_files", "file", "", "Files that communicate with the domain"},
    {"downloaded_files", "file", "E", "Files downloaded from the domain"},
    {"graphs", "graph", "", "Graphs including the domain"},
    {"historical_ssl_certificates", "ssl_cert", "", "SSL certificates the domain served"},
    {"historical_whois", "whois", "", "WHOIS records of the domain over time"},
    {"immediate_parent", "domain", "1", "The domain's immediate parent domain"},
    {
      "memory_pattern_parents",
      "file",
      "E",
      "Files having the domain in their memory during execution"
    },
    {"mx_records", "domain", "E", "Domains sharing MX records"},
    {"ns_records", "domain", "E", "Domains sharing NS records"},
    {"parent", "domain", "1", "The domain's top parent domain"},
    {"referrer_files", "file", "", "Files containing the domain"},
    {"related_comments", "comment", "", "Comments on objects related to the domain"},
    {"resolutions", "resolution", "", "DNS resolutions of the domain"},
    {"siblings", "domain", "", "Domains with the same parent"},
    {"soa_records", "domain", "E", "Domains sharing SOA records"},
    // vt-cli issue #53 saw at most 100 subdomains; the simulator keeps that cap (CorpusGenerator).
    {"subdomains", "domain", "", "Subdomains of the domain"},
    {"urls", "url", "E", "URLs under the domain"},
    {"user_votes", "vote", "", "Votes of the current user on the domain"},
    {"votes", "vote", "", "Votes on the domain"},
  };

  // protocol.md §4.4 "Others": an analysis' item is the file or URL analysed.
  private static final String[][] ANALYSIS = {
    {"item", "file|url", "1", "The file or URL analysed"},
  };

  // protocol.md §4.4 "Others": a graph's owner (1:1 user, vx_graph_owner_user_1to1.yml), group
  // (1:1, null for most graphs: vx_graph_group_null_1to1.yml), items, comments, editors and
  // viewers.
  private static final String[][] GRAPH = {
    {"comments", "comment", "", "Comments on the graph"},
    {"editors", "user|group", "", "Users and groups that may edit the graph"},
    {"group", "group", "1", "Group the graph belongs to (none for most graphs)"},
    {
      "items",
      "file|url|domain|ip_address",
      "",
      "Files, URLs, domains and IP addresses in the graph"
    },
    {"owner", "user", "1", "User who owns the graph"},
    {"viewers", "user|group", "", "Users and groups that may view the graph"},
  };

  private static final String[][] IP = {
    {"collections", "collection", "", "IoC collections containing the IP address"},
    {"comments", "comment", "", "Comments on the IP address"},
    {"communicating_files", "file", "", "Files that communicate with the IP address"},
    {"downloaded_files", "file", "E", "Files downloaded from the IP address"},
    {"graphs", "graph", "", "Graphs including the IP address"},
    {"historical_ssl_certificates", "ssl_cert", "", "SSL certificates the IP address served"},
    {"historical_whois", "whois", "", "WHOIS records of the IP address over time"},
    {
      "memory_pattern_parents",
      "file",
      "E",
      "Files having the IP address in their memory during execution"
    },
    {"referrer_files", "file", "", "Files containing the IP address"},
    {"related_comments", "comment", "", "Comments on objects related to the IP address"},
    {"resolutions", "resolution", "", "DNS resolutions of the IP address"},
    {"urls", "url", "E", "URLs served from the IP address"},
    {"user_votes", "vote", "", "Votes of the current user on the IP address"},
    {"votes", "vote", "", "Votes on the IP address"},
  };
}
