package io.vtsql.simulator.corpus.gen;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.ObjectTypes;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Builds the non-core objects relationships point at: resolutions, whois, comments, votes,
 * submissions.
 */
final class MinorFactory {

  private static final String[] COMMENT_TEXTS = {
    "Seen in a phishing campaign targeting finance teams #phishing",
    "C2 traffic observed from sandbox run, beacon every 60s #c2",
    "False positive, this is a signed installer from the vendor #fp",
    "Dropped by a malicious Office document #maldoc #emotet",
    "Part of a larger cluster sharing the same imphash #cluster",
    "Hosting a fake login page #phishing #credential-theft",
    "Benign CDN endpoint, safe to allowlist",
    "Detected in our honeypot, scanning for SSH #bruteforce"
  };

  private final Function<String, ObjectNode> domains;
  private final Function<String, ObjectNode> ips;

  /** Lookups resolve a domain name / IP literal to its object, for the resolution stats. */
  MinorFactory(Function<String, ObjectNode> domains, Function<String, ObjectNode> ips) {
    this.domains = domains;
    this.ips = ips;
  }

  ObjectNode resolution(Seeds.ResolutionSeed r, String ip, String domain) {
    ObjectNode object = envelope("resolution", r.id());
    ObjectNode a = (ObjectNode) object.get("attributes");
    a.put("date", r.date());
    a.put("host_name", domain);
    a.put("ip_address", ip);
    a.put("resolver", r.resolver());
    a.set(
        "host_name_last_analysis_stats",
        domains.apply(domain).path("attributes").path("last_analysis_stats").deepCopy());
    a.set(
        "ip_address_last_analysis_stats",
        ips.apply(ip).path("attributes").path("last_analysis_stats").deepCopy());
    return object;
  }

  ObjectNode minor(Seeds.MinorSeed m) {
    SplittableRandom rng = new SplittableRandom(m.salt());
    ObjectNode object = envelope(m.type(), m.id());
    ObjectNode a = (ObjectNode) object.get("attributes");
    switch (m.type()) {
      case "comment" -> {
        String text = Gen.pick(rng, COMMENT_TEXTS);
        a.put("date", m.date());
        a.put("text", text);
        a.put("html", text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
        var tags = a.putArray("tags");
        for (String word : text.split(" ")) {
          if (word.startsWith("#")) {
            tags.add(word.substring(1));
          }
        }
        ObjectNode votes = a.putObject("votes");
        votes.put("positive", rng.nextInt(5));
        votes.put("negative", rng.nextInt(2));
        votes.put("abuse", 0);
      }
      case "vote" -> {
        boolean harmless = rng.nextBoolean();
        int magnitude = rng.nextInt(6) == 0 ? 7 : 1;
        a.put("date", m.date());
        a.put("verdict", harmless ? "harmless" : "malicious");
        a.put("value", harmless ? magnitude : -magnitude);
      }
      case "submission" -> {
        a.put("date", m.date());
        if (m.ownerType().equals("file")) {
          a.put("interface", rng.nextBoolean() ? "api" : "web");
          a.put("country", Gen.pick(rng, Names.COUNTRIES));
          a.put("source_key", Gen.hex(rng, 8));
        }
      }
      case "whois" -> {
        String registrar = Gen.pick(rng, Names.REGISTRARS);
        String country = Gen.pick(rng, Names.COUNTRIES);
        a.put("first_seen_date", m.date());
        a.put("last_updated", m.date() + rng.nextInt(86_400 * 30));
        a.put("registrar_name", registrar);
        a.put("registrant_country", country);
        ObjectNode map = a.putObject("whois_map");
        map.put("Domain Name", m.ownerId());
        map.put("Registrar", registrar);
        map.put("Registrant Country", country);
        map.put("Updated Date", java.time.Instant.ofEpochSecond(m.date()).toString());
      }
      default -> throw new IllegalArgumentException("unknown minor type " + m.type());
    }
    return object;
  }

  private static ObjectNode envelope(String type, String id) {
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    object.put("type", type);
    object.put("id", id);
    object.putObject("links").put("self", ObjectTypes.selfLink(type, id));
    object.putObject("attributes");
    return object;
  }
}
