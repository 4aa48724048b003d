package io.vtsql.simulator.corpus.gen;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.Corpus;
import io.vtsql.simulator.corpus.ObjectTable;
import io.vtsql.simulator.corpus.Ref;
import io.vtsql.simulator.corpus.RelationStore;
import io.vtsql.simulator.corpus.RelationshipCatalogue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates the demo corpus deterministically from a seed: files, urls, domains and IP addresses
 * (counts proportional to the number of files) plus resolutions, whois records, comments, votes and
 * submissions, with every relationship recorded in both directions.
 *
 * <p>Shape facts tests rely on: the first domain ({@code ids("domain").get(0)}) is contacted by
 * {@code min(250, files)} files, has up to 45 resolutions, 50 comments and hosts every sixth URL;
 * the second domain has 110 subdomains of which {@code subdomains} serves only the first 100 (the
 * real API's cap, vt-cli issue #53); the first IP address has about 125 communicating files and
 * resolutions from every fifth domain; the first file is a malicious PE that drops 45 files and has
 * 12 comments and 45 votes; the first URL has 45 submissions.
 */
public final class CorpusGenerator {

  /** Default seed of the demo corpus. */
  public static final long DEFAULT_SEED = 42;

  /** Default number of files; urls, domains and IPs scale from it. */
  public static final int DEFAULT_FILES = 2000;

  /** Number of subdomains the second domain gets; the API serves at most 100. */
  static final int BIG_SUBDOMAIN_COUNT = 110;

  /** The real API serves at most 100 subdomains of a domain in total (vt-cli issue #53). */
  public static final int MAX_SUBDOMAINS = 100;

  private final long seed;
  private final int fileCount;
  private final EdgeBuilder edges = new EdgeBuilder();
  private final List<Seeds.IpSeed> ips = new ArrayList<>();
  private final List<Seeds.DomainSeed> domains = new ArrayList<>();
  private final List<Seeds.UrlSeed> urls = new ArrayList<>();
  private final List<Seeds.FileSeed> files = new ArrayList<>();
  private final Map<String, Seeds.ResolutionSeed> resolutions = new LinkedHashMap<>();
  private final List<List<Integer>> domainIps = new ArrayList<>();
  private final List<Integer> parents = new ArrayList<>();

  private CorpusGenerator(long seed, int fileCount) {
    if (fileCount < 1) {
      throw new IllegalArgumentException("scale must be at least 1 file, got " + fileCount);
    }
    this.seed = seed;
    this.fileCount = fileCount;
  }

  /** The corpus for a seed and a number of files (urls = files/4, domains = ips = 3·files/20). */
  public static Corpus generate(long seed, int files) {
    return new CorpusGenerator(seed, files).run();
  }

  /** The bytes whose md5/sha1/sha256 identify generated file {@code index} under {@code seed}. */
  public static byte[] fileBytes(long seed, int index) {
    return FileFactory.bytes(seed, index);
  }

  /** Names of the engines in every generated file's {@code last_analysis_results}. */
  public static List<String> fileEngines() {
    return Verdicts.FILE_ENGINES;
  }

  /** Names of the engines in every generated URL's, domain's and IP's results. */
  public static List<String> urlEngines() {
    return Verdicts.URL_ENGINES;
  }

  private Corpus run() {
    int domainCount = Math.max(30, fileCount * 3 / 20);
    int ipCount = Math.max(30, fileCount * 3 / 20);
    int urlCount = Math.max(20, fileCount / 4);
    generateIps(ipCount);
    List<String> names = domainNames(domainCount);
    generateResolutions(names);
    generateUrls(urlCount);
    generateFiles();
    new FileWiring(seed, edges, files, domains, ips, urls).wire();
    BehaviourWiring behaviours = new BehaviourWiring(seed, edges);
    behaviours.wire(files);
    MinorWiring minors = new MinorWiring(seed, edges);
    minors.wire(files, domains, ips, urls);
    return assemble(minors, behaviours);
  }

  private void generateIps(int count) {
    Set<String> used = new HashSet<>();
    for (int i = 0; i < count; i++) {
      SplittableRandom rng = Gen.rng(seed, NetworkFactory.IP_SALT + 100, i);
      Networks.Network net = Gen.pick(rng, Networks.ALL);
      String address;
      do {
        address =
            net.firstOctet()
                + "."
                + net.secondOctet()
                + "."
                + rng.nextInt(256)
                + "."
                + Gen.between(rng, 1, 254);
      } while (!used.add(address));
      ips.add(new Seeds.IpSeed(i, address, net));
    }
  }

  private List<String> domainNames(int count) {
    int registered = Math.max(3, count * 55 / 100);
    int bigSubdomains = Math.min(BIG_SUBDOMAIN_COUNT, count - registered);
    Set<String> used = new HashSet<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      SplittableRandom rng = Gen.rng(seed, NetworkFactory.DOMAIN_SALT + 100, i);
      int parent =
          i < registered
              ? -1
              : i - registered < bigSubdomains ? 1 : 2 + rng.nextInt(registered - 2);
      String base =
          parent < 0
              ? Names.registered(rng)
              : Gen.pick(rng, Names.LABELS) + "." + names.get(parent);
      String name = base;
      for (int n = 2; !used.add(name); n++) {
        name = parent < 0 ? base.replaceFirst("\\.", n + ".") : base.replaceFirst("\\.", n + ".");
      }
      names.add(name);
      parents.add(parent);
    }
    for (int i = 0; i < count; i++) {
      domainIps.add(new ArrayList<>());
    }
    return names;
  }

  private void generateResolutions(List<String> names) {
    List<Seeds.ResolutionSeed> all = new ArrayList<>();
    for (int d = 0; d < names.size(); d++) {
      SplittableRandom rng = Gen.rng(seed, 31, d);
      Set<Integer> chosen = new java.util.LinkedHashSet<>();
      int wanted = d == 0 ? Math.min(45, ips.size()) : Gen.between(rng, 1, 3);
      while (chosen.size() < wanted) {
        chosen.add(rng.nextInt(ips.size()));
      }
      if (d % 5 == 0) {
        chosen.add(0);
      }
      for (int ip : chosen) {
        String id = ips.get(ip).address() + names.get(d);
        all.add(
            new Seeds.ResolutionSeed(
                id,
                ip,
                d,
                Gen.date(rng, Gen.EARLIEST, Gen.REFERENCE),
                Gen.pick(rng, Names.RESOLVERS)));
      }
    }
    all.sort((a, b) -> Long.compare(b.date(), a.date()));
    for (Seeds.ResolutionSeed r : all) {
      resolutions.put(r.id(), r);
      Ref res = Ref.of("resolution", r.id());
      edges.add("domain", names.get(r.domain()), "resolutions", res);
      edges.add("ip_address", ips.get(r.ip()).address(), "resolutions", res);
      domainIps.get(r.domain()).add(r.ip());
    }
    for (int d = 0; d < names.size(); d++) {
      List<Integer> newestFirst = domainIps.get(d);
      List<String> addresses = new ArrayList<>();
      for (int k = 0; k < Math.min(2, newestFirst.size()); k++) {
        addresses.add(ips.get(newestFirst.get(k)).address());
      }
      domains.add(new Seeds.DomainSeed(d, names.get(d), parents.get(d), addresses));
    }
    Map<Integer, List<Integer>> children = new LinkedHashMap<>();
    for (Seeds.DomainSeed d : domains) {
      if (d.parent() >= 0) {
        children.computeIfAbsent(d.parent(), p -> new ArrayList<>()).add(d.index());
      }
    }
    children.forEach(
        (parentIndex, kids) -> {
          Ref parent = Ref.of("domain", domains.get(parentIndex).name());
          for (int k = 0; k < kids.size(); k++) {
            String child = domains.get(kids.get(k)).name();
            edges.add("domain", child, "parent", parent);
            edges.add("domain", child, "immediate_parent", parent);
            // The real API returns at most 100 subdomains in total (vt-cli issue #53).
            if (k < MAX_SUBDOMAINS) {
              edges.add(parent.type(), parent.id(), "subdomains", Ref.of("domain", child));
            }
            for (int sibling : kids) {
              if (sibling != kids.get(k)) {
                edges.add(
                    "domain", child, "siblings", Ref.of("domain", domains.get(sibling).name()));
              }
            }
          }
        });
  }

  private void generateUrls(int count) {
    Set<String> used = new HashSet<>();
    MessageDigest sha256 = FileFactory.digest("SHA-256");
    for (int u = 0; u < count; u++) {
      SplittableRandom rng = Gen.rng(seed, NetworkFactory.URL_SALT + 100, u);
      boolean ipHost = u % 10 == 9;
      int hostDomain = ipHost ? -1 : u % 6 == 0 ? 0 : rng.nextInt(domains.size());
      int hostIp = ipHost ? rng.nextInt(ips.size()) : -1;
      List<Integer> served = ipHost ? List.of(hostIp) : domainIps.get(hostDomain);
      int servingIp = served.get(rng.nextInt(served.size()));
      String host = ipHost ? ips.get(hostIp).address() : domains.get(hostDomain).name();
      String scheme = rng.nextInt(4) == 0 ? "http" : "https";
      String url = scheme + "://" + host + "/" + Gen.pick(rng, Names.PATHS);
      if (!used.add(url)) {
        url = url + "?id=" + u;
        used.add(url);
      }
      String id = Gen.hex(sha256.digest(url.getBytes(StandardCharsets.UTF_8)));
      Seeds.UrlSeed seedRecord = new Seeds.UrlSeed(u, url, id, hostDomain, hostIp, servingIp);
      urls.add(seedRecord);
      Ref urlRef = urlRef(seedRecord);
      Ref location = ipHost ? Ref.of("ip_address", host) : Ref.of("domain", host);
      Ref serving = Ref.of("ip_address", ips.get(servingIp).address());
      edges.link(urlRef, "network_location", location, "urls");
      edges.link(urlRef, "last_serving_ip_address", serving, "urls");
      if (!ipHost) {
        edges.add("url", id, "contacted_domains", location);
      }
      edges.add("url", id, "contacted_ips", serving);
    }
  }

  /** A url reference carrying the {@code context_attributes.url} descriptors have. */
  static Ref urlRef(Seeds.UrlSeed u) {
    ObjectNode context = JsonNodeFactory.instance.objectNode();
    context.put("url", u.url());
    return new Ref("url", u.sha256(), context);
  }

  private void generateFiles() {
    MessageDigest md5 = FileFactory.digest("MD5");
    MessageDigest sha1 = FileFactory.digest("SHA-1");
    MessageDigest sha256 = FileFactory.digest("SHA-256");
    for (int i = 0; i < fileCount; i++) {
      files.add(FileFactory.seed(seed, i, md5, sha1, sha256));
    }
  }

  private Corpus assemble(MinorWiring minors, BehaviourWiring behaviours) {
    FileFactory fileFactory = new FileFactory(seed);
    NetworkFactory network = new NetworkFactory(seed);
    Map<String, ObjectTable> tables = new HashMap<>();

    Map<String, Seeds.FileSeed> fileById = new HashMap<>();
    Map<String, String> fileLookup = new HashMap<>();
    List<String> fileIds = new ArrayList<>();
    for (Seeds.FileSeed f : files) {
      fileById.put(f.sha256(), f);
      fileIds.add(f.sha256());
      fileLookup.put(f.sha256(), f.sha256());
      fileLookup.put(f.sha1(), f.sha256());
      fileLookup.put(f.md5(), f.sha256());
    }
    RelationStore relations = edges.build();
    CrowdsourcedRules rules = new CrowdsourcedRules(seed);
    FileEnrichment enrichment = new FileEnrichment(seed, relations, rules);
    tables.put(
        "file",
        new LazyTable(
            fileIds,
            fileLookup,
            id -> enrichment.enrich(fileById.get(id), fileFactory.build(fileById.get(id)))));

    Map<String, Seeds.UrlSeed> urlById = new HashMap<>();
    Map<String, String> urlLookup = new HashMap<>();
    List<String> urlIds = new ArrayList<>();
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    for (Seeds.UrlSeed u : urls) {
      urlById.put(u.sha256(), u);
      urlIds.add(u.sha256());
      urlLookup.put(u.sha256(), u.sha256());
      urlLookup.put(b64.encodeToString(u.url().getBytes(StandardCharsets.UTF_8)), u.sha256());
    }
    tables.put(
        "url",
        new LazyTable(
            urlIds, urlLookup, id -> network.url(urlById.get(id), urlById.get(id).index() % 7)));

    LazyTable domainTable =
        table(
            domains,
            Seeds.DomainSeed::name,
            d -> Certificates.add(seed, d.index(), d.name(), network.domain(d)));
    LazyTable ipTable =
        table(
            ips,
            Seeds.IpSeed::address,
            ip -> Certificates.add(seed, -1L - ip.index(), ip.address(), network.ip(ip)));
    tables.put("domain", domainTable);
    tables.put("ip_address", ipTable);

    MinorFactory minorFactory = new MinorFactory(domainTable::materialize, ipTable::materialize);
    tables.put(
        "resolution",
        table(
            new ArrayList<>(resolutions.values()),
            Seeds.ResolutionSeed::id,
            r ->
                minorFactory.resolution(
                    r, ips.get(r.ip()).address(), domains.get(r.domain()).name())));
    for (String type : List.of("comment", "vote", "submission", "whois")) {
      tables.put(type, table(minors.seeds(type), Seeds.MinorSeed::id, minorFactory::minor));
    }
    new ThreatLandscape(seed, edges, minorFactory).wire(files, urls, ips, tables);
    DetectionTables.register(tables, seed, relations, rules, behaviours, fileById, domains);
    return new Corpus(tables, relations, RelationshipCatalogue.standard());
  }

  static <T> LazyTable table(
      List<T> seeds,
      java.util.function.Function<T, String> id,
      java.util.function.Function<T, ObjectNode> build) {
    Map<String, T> byId = new HashMap<>();
    Map<String, String> lookup = new HashMap<>();
    List<String> ids = new ArrayList<>();
    for (T s : seeds) {
      String key = id.apply(s);
      byId.put(key, s);
      lookup.put(key, key);
      ids.add(key);
    }
    return new LazyTable(ids, lookup, key -> build.apply(byId.get(key)));
  }
}
