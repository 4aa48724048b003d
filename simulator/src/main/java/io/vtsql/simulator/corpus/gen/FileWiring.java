package io.vtsql.simulator.corpus.gen;

import io.vtsql.simulator.corpus.Ref;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Records the relationships of generated files in both directions: network contacts, dropped and
 * bundled files, in-the-wild downloads and embedded indicators.
 */
final class FileWiring {

  /** The first domain is contacted by this many files (fewer when the corpus is smaller). */
  static final int POPULAR_DOMAIN_FILES = 250;

  /** The first IP address is contacted by about this many files. */
  static final int POPULAR_IP_FILES = 125;

  /** The first file drops this many files. */
  static final int FIRST_FILE_DROPS = 45;

  private final long seed;
  private final EdgeBuilder edges;
  private final List<Seeds.FileSeed> files;
  private final List<Seeds.DomainSeed> domains;
  private final List<Seeds.IpSeed> ips;
  private final List<Seeds.UrlSeed> urls;

  FileWiring(
      long seed,
      EdgeBuilder edges,
      List<Seeds.FileSeed> files,
      List<Seeds.DomainSeed> domains,
      List<Seeds.IpSeed> ips,
      List<Seeds.UrlSeed> urls) {
    this.seed = seed;
    this.edges = edges;
    this.files = files;
    this.domains = domains;
    this.ips = ips;
    this.urls = urls;
  }

  void wire() {
    int domainStep = Math.max(1, files.size() / POPULAR_DOMAIN_FILES);
    int ipStep = Math.max(2, files.size() / POPULAR_IP_FILES);
    for (Seeds.FileSeed f : files) {
      SplittableRandom rng = Gen.rng(seed, 41, f.index());
      Ref file = Ref.of("file", f.sha256());
      boolean talks = f.type().isExecutable() || rng.nextInt(10) < 3;
      if (f.index() % domainStep == 0) {
        edges.link(file, "contacted_domains", domain(0), "communicating_files");
      }
      if (f.index() % ipStep == 1) {
        edges.link(file, "contacted_ips", ip(0), "communicating_files");
      }
      if (talks) {
        for (int k = Gen.between(rng, 1, 4); k > 0; k--) {
          edges.link(
              file,
              "contacted_domains",
              domain(1 + rng.nextInt(domains.size() - 1)),
              "communicating_files");
        }
        for (int k = rng.nextInt(4); k > 0; k--) {
          edges.link(
              file, "contacted_ips", ip(1 + rng.nextInt(ips.size() - 1)), "communicating_files");
        }
        for (int k = rng.nextInt(3); k > 0; k--) {
          edges.link(
              file,
              "contacted_urls",
              CorpusGenerator.urlRef(Gen.pick(rng, urls)),
              "communicating_files");
        }
      }
      children(rng, f, file);
      if (!f.type().isExecutable() && rng.nextInt(10) < 4) {
        embedded(rng, file);
      }
    }
    downloads();
  }

  private void children(SplittableRandom rng, Seeds.FileSeed f, Ref file) {
    int drops =
        f.index() == 0
            ? Math.min(FIRST_FILE_DROPS, files.size() - 1)
            : f.type().isExecutable() && rng.nextInt(10) < 3 ? Gen.between(rng, 1, 3) : 0;
    for (int k = 0; k < drops; k++) {
      int child = f.index() == 0 ? 1 + k : rng.nextInt(files.size());
      if (child != f.index()) {
        edges.link(
            file, "dropped_files", Ref.of("file", files.get(child).sha256()), "execution_parents");
      }
    }
    if (f.type().isContainer() && rng.nextBoolean()) {
      for (int k = Gen.between(rng, 1, 5); k > 0; k--) {
        int child = rng.nextInt(files.size());
        if (child != f.index()) {
          edges.link(
              file,
              "bundled_files",
              Ref.of("file", files.get(child).sha256()),
              "compressed_parents");
        }
      }
    }
  }

  private void embedded(SplittableRandom rng, Ref file) {
    for (int k = Gen.between(rng, 1, 3); k > 0; k--) {
      Seeds.UrlSeed u = Gen.pick(rng, urls);
      edges.link(file, "embedded_urls", CorpusGenerator.urlRef(u), "referrer_files");
      if (u.hostDomain() >= 0) {
        edges.link(file, "embedded_domains", domain(u.hostDomain()), "referrer_files");
      } else {
        edges.link(file, "embedded_ips", ip(u.hostIp()), "referrer_files");
      }
    }
  }

  /** Some URLs served files: url/domain/ip downloaded_files ↔ file itw_urls/itw_domains/itw_ips. */
  private void downloads() {
    for (Seeds.UrlSeed u : urls) {
      SplittableRandom rng = Gen.rng(seed, 43, u.index());
      if (rng.nextInt(5) != 0) {
        continue;
      }
      for (int k = Gen.between(rng, 1, 3); k > 0; k--) {
        Ref file = Ref.of("file", Gen.pick(rng, files).sha256());
        edges.link(CorpusGenerator.urlRef(u), "downloaded_files", file, "itw_urls");
        if (u.hostDomain() >= 0) {
          edges.link(domain(u.hostDomain()), "downloaded_files", file, "itw_domains");
        }
        edges.link(ip(u.servingIp()), "downloaded_files", file, "itw_ips");
      }
    }
  }

  private Ref domain(int index) {
    return Ref.of("domain", domains.get(index).name());
  }

  private Ref ip(int index) {
    return Ref.of("ip_address", ips.get(index).address());
  }
}
