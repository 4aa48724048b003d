package io.vtsql.simulator.corpus.gen;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.ObjectTypes;
import java.util.SplittableRandom;

/** Builds generated domain, ip_address and url objects from their seeds. */
final class NetworkFactory {

  static final long DOMAIN_SALT = 21;
  static final long IP_SALT = 22;
  static final long URL_SALT = 23;

  private final long seed;

  NetworkFactory(long seed) {
    this.seed = seed;
  }

  ObjectNode domain(Seeds.DomainSeed d) {
    SplittableRandom rng = Gen.rng(seed, DOMAIN_SALT, d.index());
    ObjectNode object = envelope("domain", d.name());
    ObjectNode a = (ObjectNode) object.get("attributes");
    int malicious = reputationProfile(rng);
    String tld = d.name().substring(d.name().lastIndexOf('.') + 1);
    long created = Gen.date(rng, Gen.EARLIEST - 86_400L * 365 * 12, Gen.REFERENCE - 86_400 * 20);
    long updated = Gen.date(rng, created, Gen.REFERENCE - 86_400);
    String registrar = Gen.pick(rng, Names.REGISTRARS);
    a.put("tld", tld);
    a.put("registrar", registrar);
    a.put("creation_date", created);
    a.put("last_update_date", updated);
    a.put(
        "whois",
        "Domain Name: "
            + d.name().toUpperCase(java.util.Locale.ROOT)
            + "\nRegistrar: "
            + registrar
            + "\nCreation Date: "
            + iso(created)
            + "\nUpdated Date: "
            + iso(updated)
            + "\nRegistrant Country: "
            + Gen.pick(rng, Names.COUNTRIES)
            + "\nName Server: NS1."
            + d.name().toUpperCase(java.util.Locale.ROOT));
    a.put("whois_date", Gen.date(rng, updated, Gen.REFERENCE));
    long dnsDate = Gen.date(rng, Gen.REFERENCE - 86_400 * 90, Gen.REFERENCE);
    ArrayNode dns = a.putArray("last_dns_records");
    for (String address : d.addresses()) {
      ObjectNode r = dns.addObject();
      r.put("type", "A");
      r.put("value", address);
      r.put("ttl", 60 * Gen.between(rng, 1, 60));
    }
    ObjectNode ns = dns.addObject();
    ns.put("type", "NS");
    ns.put("value", "ns1." + d.name());
    ns.put("ttl", 86_400);
    ObjectNode mx = dns.addObject();
    mx.put("type", "MX");
    mx.put("value", "mail." + d.name());
    mx.put("priority", 10);
    mx.put("ttl", 3_600);
    a.put("last_dns_records_date", dnsDate);
    categories(rng, a, malicious);
    if (d.parent() < 0 && rng.nextInt(4) == 0) {
      ObjectNode ranks = a.putObject("popularity_ranks");
      for (String source : new String[] {"Majestic", "Cisco Umbrella", "Tranco"}) {
        ObjectNode rank = ranks.putObject(source);
        rank.put("rank", Gen.between(rng, 1, 1_000_000));
        rank.put("timestamp", dnsDate - 86_400);
      }
    } else {
      a.putObject("popularity_ranks");
    }
    common(rng, a, malicious, dnsDate);
    return object;
  }

  ObjectNode ip(Seeds.IpSeed ip) {
    SplittableRandom rng = Gen.rng(seed, IP_SALT, ip.index());
    ObjectNode object = envelope("ip_address", ip.address());
    ObjectNode a = (ObjectNode) object.get("attributes");
    int malicious = reputationProfile(rng);
    Networks.Network n = ip.network();
    a.put("asn", n.asn());
    a.put("as_owner", n.owner());
    a.put("country", n.country());
    a.put("continent", n.continent());
    a.put("network", n.cidr());
    a.put("regional_internet_registry", n.registry());
    a.put(
        "whois",
        "NetRange: "
            + n.cidr()
            + "\nOrgName: "
            + n.owner()
            + "\nCountry: "
            + n.country()
            + "\nOriginAS: AS"
            + n.asn());
    long analysis = Gen.date(rng, Gen.REFERENCE - 86_400 * 365, Gen.REFERENCE);
    a.put("whois_date", Gen.date(rng, Gen.EARLIEST, analysis));
    common(rng, a, malicious, analysis);
    return object;
  }

  ObjectNode url(Seeds.UrlSeed u, int redirects) {
    SplittableRandom rng = Gen.rng(seed, URL_SALT, u.index());
    ObjectNode object = envelope("url", u.sha256());
    ObjectNode a = (ObjectNode) object.get("attributes");
    int malicious = reputationProfile(rng);
    a.put("url", u.url());
    a.put(
        "last_final_url",
        redirects > 0 && rng.nextBoolean() ? u.url() + "?r=" + redirects : u.url());
    a.put("title", Gen.pick(rng, Names.TITLES));
    long first = Gen.date(rng, Gen.EARLIEST, Gen.REFERENCE - 86_400);
    long last = Gen.date(rng, first, Gen.REFERENCE - 3_600);
    long analysis = Gen.date(rng, last, Gen.REFERENCE - 60);
    a.put("first_submission_date", first);
    a.put("last_submission_date", last);
    int times = (int) Math.max(1, Math.round(Math.exp(rng.nextDouble() * 5)));
    a.put("times_submitted", times);
    int code = malicious > 0 && rng.nextInt(4) == 0 ? 404 : rng.nextInt(8) == 0 ? 302 : 200;
    a.put("last_http_response_code", code);
    a.put("last_http_response_content_length", code == 200 ? Gen.between(rng, 300, 250_000) : 0);
    a.put("last_http_response_content_sha256", Gen.hex(rng, 64));
    ObjectNode headers = a.putObject("last_http_response_headers");
    headers.put("content-type", "text/html; charset=UTF-8");
    headers.put("server", rng.nextBoolean() ? "nginx" : "Apache");
    ArrayNode threats = a.putArray("threat_names");
    if (malicious > 2) {
      threats.add(rng.nextBoolean() ? "Mal/HTMLGen-A" : "Phishing.Generic");
    }
    categories(rng, a, malicious);
    common(rng, a, malicious, analysis);
    return object;
  }

  private void common(SplittableRandom rng, ObjectNode a, int malicious, long analysis) {
    int suspicious = malicious > 0 ? rng.nextInt(3) : rng.nextInt(10) == 0 ? 1 : 0;
    int harmless = Gen.between(rng, 50, 62);
    Verdicts.network(rng, a, new Verdicts.Counts(malicious, suspicious, harmless, 0, 0, 0, 0));
    a.put("last_analysis_date", analysis);
    a.put("last_modification_date", Gen.date(rng, analysis, Gen.REFERENCE));
    ObjectNode votes = a.putObject("total_votes");
    int harmlessVotes = rng.nextInt(malicious == 0 ? 6 : 2);
    int maliciousVotes = malicious > 0 ? rng.nextInt(6) : 0;
    votes.put("harmless", harmlessVotes);
    votes.put("malicious", maliciousVotes);
    a.put("reputation", harmlessVotes - maliciousVotes * 3 - malicious * 2);
    ArrayNode tags = a.putArray("tags");
    if (malicious > 3) {
      tags.add(rng.nextBoolean() ? "phishing" : "malware");
    }
    if (rng.nextInt(10) == 0) {
      tags.add("self-signed");
    }
  }

  private static void categories(SplittableRandom rng, ObjectNode a, int malicious) {
    ObjectNode categories = a.putObject("categories");
    int vendors = Gen.between(rng, 1, Names.CATEGORY_VENDORS.size());
    for (int i = 0; i < vendors; i++) {
      categories.put(
          Names.CATEGORY_VENDORS.get(i),
          malicious > 2
              ? Gen.pick(rng, Names.BAD_CATEGORIES)
              : Gen.pick(rng, Names.BENIGN_CATEGORIES));
    }
  }

  /** Most network objects are clean, some slightly flagged, a few clearly malicious. */
  private static int reputationProfile(SplittableRandom rng) {
    double roll = rng.nextDouble();
    return roll < 0.6 ? 0 : roll < 0.8 ? Gen.between(rng, 1, 3) : Gen.between(rng, 4, 18);
  }

  private static ObjectNode envelope(String type, String id) {
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    object.put("type", type);
    object.put("id", id);
    object.putObject("links").put("self", ObjectTypes.selfLink(type, id));
    object.putObject("attributes");
    return object;
  }

  private static String iso(long epoch) {
    return java.time.Instant.ofEpochSecond(epoch).toString();
  }
}
