package io.vtsql.simulator.corpus.gen;

import io.vtsql.simulator.corpus.Ref;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Attaches comments and votes to every core type, historical whois to domains and IPs, and
 * submissions to URLs; each object's list is recorded newest first, as the API orders them.
 */
final class MinorWiring {

  private final long seed;
  private final EdgeBuilder edges;
  private final Map<String, List<Seeds.MinorSeed>> seeds = new HashMap<>();
  private long counter;

  MinorWiring(long seed, EdgeBuilder edges) {
    this.seed = seed;
    this.edges = edges;
  }

  void wire(
      List<Seeds.FileSeed> files,
      List<Seeds.DomainSeed> domains,
      List<Seeds.IpSeed> ips,
      List<Seeds.UrlSeed> urls) {
    for (Seeds.FileSeed f : files) {
      SplittableRandom rng = Gen.rng(seed, 51, f.index());
      String prefix = "f-" + f.sha256();
      social(rng, "file", f.sha256(), prefix, f.index() == 0 ? 12 : -1, f.index() == 0 ? 45 : -1);
    }
    for (Seeds.DomainSeed d : domains) {
      SplittableRandom rng = Gen.rng(seed, 52, d.index());
      social(rng, "domain", d.name(), "d-" + d.name(), d.index() == 0 ? 50 : -1, -1);
      int whois = d.parent() < 0 ? Gen.between(rng, 1, 4) : 0;
      attach(rng, "whois", "domain", d.name(), "historical_whois", whois, null);
    }
    for (Seeds.IpSeed ip : ips) {
      SplittableRandom rng = Gen.rng(seed, 53, ip.index());
      social(rng, "ip_address", ip.address(), "i-" + ip.address(), -1, -1);
      attach(
          rng,
          "whois",
          "ip_address",
          ip.address(),
          "historical_whois",
          rng.nextInt(10) < 3 ? Gen.between(rng, 1, 2) : 0,
          null);
    }
    for (Seeds.UrlSeed u : urls) {
      SplittableRandom rng = Gen.rng(seed, 54, u.index());
      social(rng, "url", u.sha256(), "u-" + u.sha256(), -1, -1);
      attach(
          rng,
          "submission",
          "url",
          u.sha256(),
          "submissions",
          u.index() == 0 ? 45 : Gen.between(rng, 1, 6),
          "u-" + u.sha256());
    }
  }

  /** The seeds of one minor type, in generation order. */
  List<Seeds.MinorSeed> seeds(String type) {
    return seeds.getOrDefault(type, List.of());
  }

  /** Comments (8% of objects, or a fixed count ≥ 0) and votes (10%, or a fixed count). */
  private void social(
      SplittableRandom rng, String type, String id, String prefix, int comments, int votes) {
    int c = comments >= 0 ? comments : rng.nextInt(100) < 8 ? Gen.between(rng, 1, 4) : 0;
    int v = votes >= 0 ? votes : rng.nextInt(100) < 10 ? Gen.between(rng, 1, 5) : 0;
    attach(rng, "comment", type, id, "comments", c, prefix);
    attach(rng, "vote", type, id, "votes", v, prefix);
  }

  /**
   * Creates {@code count} objects of {@code minorType} owned by (type, id), newest first. Ids are
   * {@code <prefix>-<8 hex>} (comments, votes), {@code <prefix>-<date>} (submissions) or 64 hex
   * (whois, when prefix is null).
   */
  private void attach(
      SplittableRandom rng,
      String minorType,
      String type,
      String id,
      String rel,
      int count,
      String prefix) {
    if (count == 0) {
      return;
    }
    List<Seeds.MinorSeed> created = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      long date = Gen.date(rng, Gen.EARLIEST, Gen.REFERENCE);
      String minorId =
          prefix == null
              ? Gen.hex(rng, 64)
              : minorType.equals("submission")
                  ? prefix + "-" + date
                  : prefix + "-" + Gen.hex(rng, 8);
      created.add(
          new Seeds.MinorSeed(minorId, minorType, type, id, date, Gen.mix(seed + 977 * ++counter)));
    }
    created.sort((a, b) -> Long.compare(b.date(), a.date()));
    for (Seeds.MinorSeed m : created) {
      seeds.computeIfAbsent(minorType, t -> new ArrayList<>()).add(m);
      edges.add(type, id, rel, Ref.of(minorType, m.id()));
    }
  }
}
