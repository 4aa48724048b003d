package io.vtsql.simulator.corpus.gen;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.ObjectTable;
import io.vtsql.simulator.corpus.Ref;
import io.vtsql.simulator.corpus.StoredTable;
import io.vtsql.simulator.corpus.UnionTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Adds the threat-landscape objects to a generated corpus: analyses of the first files and URLs,
 * the ATT&amp;CK tactics and techniques (reached from files' {@code related_attack_techniques}),
 * collections that contain corpus files, URLs, domains and IPs (with the inverse {@code
 * collections} edges), legacy threat actors, and comments on collections.
 */
final class ThreatLandscape {

  /** Files and URLs with an analysis object; bounded because each costs a materialisation. */
  static final int ANALYSED_FILES = 1000;

  static final int ANALYSED_URLS = 500;

  /** Files inspected when choosing collection members, and the most a collection takes. */
  private static final int MEMBER_SCAN = 1000;

  private static final int MAX_FILES = 50;
  private static final int MAX_NETWORK = 30;

  private final long seed;
  private final EdgeBuilder edges;
  private final MinorFactory minors;
  private final ThreatObjects objects;

  ThreatLandscape(long seed, EdgeBuilder edges, MinorFactory minors) {
    this.seed = seed;
    this.edges = edges;
    this.minors = minors;
    this.objects = new ThreatObjects(seed);
  }

  /** Wires every edge and puts the new tables (and collection comments) into {@code tables}. */
  void wire(
      List<Seeds.FileSeed> files,
      List<Seeds.UrlSeed> urls,
      List<Seeds.IpSeed> ips,
      Map<String, ObjectTable> tables) {
    tables.put("analysis", analyses(files, urls, tables.get("file"), tables.get("url")));
    tables.putAll(attack());
    for (Seeds.FileSeed f : files) {
      for (String technique : fileTechniques(seed, f)) {
        edges.add(
            "file", f.sha256(), "related_attack_techniques", Ref.of("attack_technique", technique));
      }
    }
    Map<String, String> actorIds = new LinkedHashMap<>();
    for (int i = 0; i < ThreatSpecs.ACTORS.size(); i++) {
      actorIds.put(ThreatSpecs.ACTORS.get(i).name(), ThreatObjects.uuid(Gen.rng(seed, 72, i)));
    }
    StoredTable collections = new StoredTable();
    List<Seeds.MinorSeed> comments = new ArrayList<>();
    ObjectTable fileTable = tables.get("file");
    Map<String, Seeds.UrlSeed> urlById = new HashMap<>();
    urls.forEach(u -> urlById.put(u.sha256(), u));
    for (int i = 0; i < ThreatSpecs.COLLECTIONS.size(); i++) {
      ThreatSpecs.CollectionSpec spec = ThreatSpecs.COLLECTIONS.get(i);
      SplittableRandom rng = Gen.rng(seed, 71, i);
      String id = ThreatObjects.collectionId(rng, spec.type());
      Ref self = Ref.of("collection", id);
      List<Seeds.FileSeed> members = members(spec, files, fileTable);
      Set<String> techniques = new LinkedHashSet<>();
      for (Seeds.FileSeed f : members) {
        edges.link(self, "files", Ref.of("file", f.sha256()), "collections");
        techniques.addAll(fileTechniques(seed, f));
      }
      networkMembers(spec, self, members, urls, urlById, ips);
      for (AttackMatrix.Technique t : AttackMatrix.TECHNIQUES) {
        if (techniques.contains(t.id())) {
          edges.add("collection", id, "attack_techniques", Ref.of("attack_technique", t.id()));
        }
      }
      if (spec.actor() != null) {
        edges.link(
            self,
            "threat_actors",
            Ref.of("threat_actor", actorIds.get(spec.actor())),
            "collections");
      }
      comments.addAll(comments(rng, id, i));
      collections.put(objects.collection(rng, spec, id, counts(id)));
    }
    tables.put("collection", collections);
    tables.put("threat_actor", actors(actorIds));
    tables.put(
        "comment",
        new UnionTable(
            tables.get("comment"), CorpusTables.of(comments, Seeds.MinorSeed::id, minors::minor)));
  }

  /**
   * The ATT&amp;CK techniques a file's behaviour shows, in matrix order (a sub-technique brings its
   * parent); empty for archives and plain text.
   */
  static List<String> fileTechniques(long seed, Seeds.FileSeed f) {
    List<String> pool =
        switch (f.type()) {
          case PEEXE, PEDLL ->
              List.of(
                  "T1055",
                  "T1055.012",
                  "T1027",
                  "T1547.001",
                  "T1112",
                  "T1497",
                  "T1555.003",
                  "T1082",
                  "T1057",
                  "T1083",
                  "T1071.001",
                  "T1105",
                  "T1041",
                  "T1486",
                  "T1053.005",
                  "T1059.003");
          case DOCX, XLSX, PDF, HTML ->
              List.of("T1566.001", "T1204.002", "T1059.001", "T1105", "T1071.001");
          case JAVASCRIPT -> List.of("T1059", "T1204.002", "T1105", "T1027", "T1071.001");
          case ELF -> List.of("T1059", "T1082", "T1083", "T1071", "T1105", "T1053");
          case APK -> List.of("T1082", "T1083", "T1071.001", "T1041");
          default -> List.of();
        };
    if (pool.isEmpty()) {
      return List.of();
    }
    SplittableRandom rng = Gen.rng(seed, 61, f.index());
    Set<String> chosen = new LinkedHashSet<>();
    int wanted = Math.min(pool.size(), Gen.between(rng, 3, 6));
    while (chosen.size() < wanted) {
      String id = Gen.pick(rng, pool);
      chosen.add(id);
      if (id.contains(".")) {
        chosen.add(id.substring(0, id.indexOf('.')));
      }
    }
    return AttackMatrix.TECHNIQUES.stream()
        .map(AttackMatrix.Technique::id)
        .filter(chosen::contains)
        .toList();
  }

  private ObjectTable analyses(
      List<Seeds.FileSeed> files,
      List<Seeds.UrlSeed> urls,
      ObjectTable fileTable,
      ObjectTable urlTable) {
    Map<String, Ref> owners = new LinkedHashMap<>();
    for (Seeds.FileSeed f : files.subList(0, Math.min(files.size(), ANALYSED_FILES))) {
      long date =
          fileTable.materialize(f.sha256()).path("attributes").path("last_analysis_date").asLong();
      String id = "f-" + f.sha256() + "-" + date;
      owners.put(id, Ref.of("file", f.sha256()));
      edges.link(Ref.of("file", f.sha256()), "analyses", Ref.of("analysis", id), "item");
    }
    for (Seeds.UrlSeed u : urls.subList(0, Math.min(urls.size(), ANALYSED_URLS))) {
      long date =
          urlTable.materialize(u.sha256()).path("attributes").path("last_analysis_date").asLong();
      String id = "u-" + u.sha256() + "-" + date;
      owners.put(id, Ref.of("url", u.sha256()));
      edges.link(Ref.of("url", u.sha256()), "analyses", Ref.of("analysis", id), "item");
    }
    return CorpusTables.of(
        new ArrayList<>(owners.keySet()),
        id -> id,
        id -> {
          Ref owner = owners.get(id);
          ObjectTable table = owner.type().equals("file") ? fileTable : urlTable;
          return ThreatObjects.analysis(id, table.materialize(owner.id()));
        });
  }

  private Map<String, ObjectTable> attack() {
    StoredTable tactics = new StoredTable();
    StoredTable techniques = new StoredTable();
    for (int i = 0; i < AttackMatrix.TACTICS.size(); i++) {
      tactics.put(objects.tactic(AttackMatrix.TACTICS.get(i), i));
    }
    for (int i = 0; i < AttackMatrix.TECHNIQUES.size(); i++) {
      AttackMatrix.Technique t = AttackMatrix.TECHNIQUES.get(i);
      techniques.put(objects.technique(t, i));
      Ref self = Ref.of("attack_technique", t.id());
      for (String tactic : t.tactics()) {
        edges.link(self, "attack_tactics", Ref.of("attack_tactic", tactic), "attack_techniques");
      }
      if (t.parent() != null) {
        edges.link(
            self, "parent_technique", Ref.of("attack_technique", t.parent()), "subtechniques");
      }
    }
    Map<String, ObjectTable> out = new HashMap<>();
    out.put("attack_tactic", tactics);
    out.put("attack_technique", techniques);
    return out;
  }

  private List<Seeds.FileSeed> members(
      ThreatSpecs.CollectionSpec spec, List<Seeds.FileSeed> files, ObjectTable fileTable) {
    List<Seeds.FileSeed> out = new ArrayList<>();
    if (spec.rule() == ThreatSpecs.Rule.LOGIN_URLS || spec.rule() == ThreatSpecs.Rule.SCANNER_IPS) {
      return out;
    }
    for (Seeds.FileSeed f : files.subList(0, Math.min(files.size(), MEMBER_SCAN))) {
      ObjectNode a = (ObjectNode) fileTable.materialize(f.sha256()).path("attributes");
      if (a.path("last_analysis_stats").path("malicious").asInt() == 0) {
        continue;
      }
      var ptc = a.path("popular_threat_classification");
      String value =
          switch (spec.rule()) {
            case FAMILY -> ptc.path("popular_threat_name").path(0).path("value").asText();
            case CATEGORY -> ptc.path("popular_threat_category").path(0).path("value").asText();
            default -> a.path("type_tag").asText();
          };
      if (spec.values().contains(value) && out.size() < MAX_FILES) {
        out.add(f);
      }
    }
    return out;
  }

  /** Domains and IPs the member files contact, or the URL/IP sets of the community rules. */
  private void networkMembers(
      ThreatSpecs.CollectionSpec spec,
      Ref self,
      List<Seeds.FileSeed> files,
      List<Seeds.UrlSeed> urls,
      Map<String, Seeds.UrlSeed> urlById,
      List<Seeds.IpSeed> ips) {
    Set<Ref> domains = new LinkedHashSet<>();
    Set<Ref> addresses = new LinkedHashSet<>();
    Set<Ref> urlRefs = new LinkedHashSet<>();
    for (Seeds.FileSeed f : files) {
      domains.addAll(edges.build().get("file", f.sha256(), "contacted_domains"));
      addresses.addAll(edges.build().get("file", f.sha256(), "contacted_ips"));
      edges
          .build()
          .get("file", f.sha256(), "contacted_urls")
          .forEach(r -> urlRefs.add(CorpusGenerator.urlRef(urlById.get(r.id()))));
    }
    if (spec.rule() == ThreatSpecs.Rule.LOGIN_URLS) {
      for (Seeds.UrlSeed u : urls) {
        if (u.url().contains(spec.values().get(0)) && urlRefs.size() < MAX_NETWORK) {
          urlRefs.add(CorpusGenerator.urlRef(u));
          domains.addAll(
              edges.build().get("url", u.sha256(), "network_location").stream()
                  .filter(r -> r.type().equals("domain"))
                  .toList());
        }
      }
    }
    if (spec.rule() == ThreatSpecs.Rule.SCANNER_IPS) {
      SplittableRandom rng = Gen.rng(seed, 73, 0);
      while (addresses.size() < Math.min(25, ips.size())) {
        addresses.add(Ref.of("ip_address", Gen.pick(rng, ips).address()));
      }
    }
    domains.stream()
        .limit(MAX_NETWORK)
        .forEach(d -> edges.link(self, "domains", Ref.of(d.type(), d.id()), "collections"));
    addresses.stream()
        .limit(MAX_NETWORK)
        .forEach(ip -> edges.link(self, "ip_addresses", Ref.of(ip.type(), ip.id()), "collections"));
    urlRefs.stream().limit(MAX_NETWORK).forEach(u -> edges.link(self, "urls", u, "collections"));
  }

  private Map<String, Integer> counts(String id) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String rel : List.of("files", "domains", "urls", "ip_addresses")) {
      counts.put(rel, edges.build().get("collection", id, rel).size());
    }
    return counts;
  }

  private List<Seeds.MinorSeed> comments(SplittableRandom rng, String collectionId, int index) {
    List<Seeds.MinorSeed> out = new ArrayList<>();
    int count = index % 3 == 0 ? 0 : Gen.between(rng, 1, 3);
    for (int k = 0; k < count; k++) {
      long date = Gen.date(rng, Gen.EARLIEST, Gen.REFERENCE);
      String id = "c-" + collectionId + "-" + Gen.hex(rng, 8);
      out.add(
          new Seeds.MinorSeed(
              id,
              "comment",
              "collection",
              collectionId,
              date,
              Gen.mix(seed + 7919L * (index * 8 + k + 1))));
    }
    out.sort((a, b) -> Long.compare(b.date(), a.date()));
    out.forEach(c -> edges.add("collection", collectionId, "comments", Ref.of("comment", c.id())));
    return out;
  }

  private ObjectTable actors(Map<String, String> ids) {
    StoredTable table = new StoredTable();
    for (int i = 0; i < ThreatSpecs.ACTORS.size(); i++) {
      ThreatSpecs.ActorSpec spec = ThreatSpecs.ACTORS.get(i);
      String id = ids.get(spec.name());
      for (String related : spec.related()) {
        edges.add(
            "threat_actor", id, "related_threat_actors", Ref.of("threat_actor", ids.get(related)));
      }
      int related =
          spec.related().size() + edges.build().get("threat_actor", id, "collections").size();
      table.put(objects.actor(Gen.rng(seed, 74, i), spec, id, related));
    }
    return table;
  }
}
