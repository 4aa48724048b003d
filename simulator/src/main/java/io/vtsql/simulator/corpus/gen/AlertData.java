package io.vtsql.simulator.corpus.gen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.Corpus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The VT Alerts watchlist of {@code demo_analyst} (docs reference/alerts-watchlist-assets and
 * reference/alerts-notifications): three base domains and two IPv4 ranges of the corpus and one
 * brand, and the notifications their events raised, about the watched domains and IP addresses, the
 * corpus files communicating with them and detected corpus URLs impersonating the brand.
 */
public final class AlertData {

  /** The user who owns the watchlist; other accounts see none of it. */
  public static final String OWNER = "demo_analyst";

  private static final long DAY = 86_400;
  private static final long SALT = 0x414C4552L;
  private static final int DOMAINS = 3;
  private static final int RANGES = 2;
  private static final int FILES_PER_ASSET = 8;
  private static final int BRAND_URLS = 8;

  private AlertData() {}

  /** The watchlist assets, oldest first: domains, IP ranges, then the brand. */
  public static List<ObjectNode> assets(Corpus corpus) {
    List<ObjectNode> assets = new ArrayList<>();
    for (String domain : domains(corpus)) {
      assets.add(asset(assets.size(), "domain", domain));
    }
    for (String ip : ranges(corpus)) {
      assets.add(asset(assets.size(), "ip range", ip.substring(0, ip.lastIndexOf('.')) + ".0/24"));
    }
    ObjectNode brand = asset(assets.size(), "brand", "ACME Corp websites and login pages");
    ObjectNode info = ((ObjectNode) brand.get("attributes")).putObject("asset_info");
    ObjectNode b = info.putObject("brand");
    b.putArray("domains").add(domains(corpus).get(0));
    SplittableRandom rng = Gen.rng(0, SALT, 99);
    String md5 = Gen.hex(rng, 32);
    ObjectNode favicon = b.putObject("favicons").putObject(md5);
    favicon.put("dhash", Gen.hex(rng, 16));
    favicon.put("raw_md5", md5);
    b.putArray("names").add("ACME Corp").add("acme-secure-login");
    assets.add(brand);
    return List.copyOf(assets);
  }

  /** The notifications, newest first. */
  public static List<ObjectNode> notifications(Corpus corpus) {
    List<ObjectNode> out = new ArrayList<>();
    List<String> domains = domains(corpus);
    for (String domain : domains) {
      JsonNode d = corpus.find("domain", domain).orElseThrow().path("attributes");
      if (malicious(d) > 0) {
        out.add(notification(out.size(), "DETECTED_DOMAIN", malicious(d), domainSighting(domain)));
      }
      for (ObjectNode f : files(corpus, "domain", domain)) {
        ObjectNode event = domainSighting(domain);
        ((ObjectNode) event.get("domain_sighting")).set("communicating_file", file(f));
        out.add(
            notification(
                out.size(),
                "FILE_COMMUNICATING_WITH_DOMAIN",
                malicious(f.path("attributes")),
                event));
      }
    }
    for (String ip : ranges(corpus)) {
      JsonNode a = corpus.find("ip_address", ip).orElseThrow().path("attributes");
      if (malicious(a) > 0) {
        out.add(notification(out.size(), "DETECTED_IP", malicious(a), ipSighting(ip)));
      }
      for (ObjectNode f : files(corpus, "ip_address", ip)) {
        ObjectNode event = ipSighting(ip);
        ((ObjectNode) event.get("ip_sighting")).set("communicating_file", file(f));
        out.add(
            notification(
                out.size(), "FILE_COMMUNICATING_WITH_IP", malicious(f.path("attributes")), event));
      }
    }
    int brand = 0;
    for (ObjectNode u : corpus.all("url")) {
      if (brand == BRAND_URLS) {
        break;
      }
      if (malicious(u.path("attributes")) > 0) {
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        ObjectNode sighting = event.putObject("url_sighting");
        sighting.putObject("url").put("url", u.path("attributes").path("url").asText());
        sighting.put("brand", "ACME Corp");
        out.add(
            notification(
                out.size(),
                brand % 2 == 0 ? "FAVICON_REUSE" : "BRAND_MATCH",
                malicious(u.path("attributes")),
                event));
        brand++;
      }
    }
    out.sort(
        Comparator.comparing((ObjectNode n) -> n.path("attributes").path("created").asText())
            .reversed());
    return List.copyOf(out);
  }

  /** The first base domains (one dot) of the corpus, in corpus order. */
  private static List<String> domains(Corpus corpus) {
    return corpus.ids("domain").stream()
        .filter(d -> d.chars().filter(c -> c == '.').count() == 1)
        .limit(DOMAINS)
        .toList();
  }

  /** The first IPv4 addresses of the corpus, each watched through its /24 range. */
  private static List<String> ranges(Corpus corpus) {
    return corpus.ids("ip_address").stream()
        .filter(ip -> ip.matches("\\d+\\.\\d+\\.\\d+\\.\\d+"))
        .limit(RANGES)
        .toList();
  }

  private static List<ObjectNode> files(Corpus corpus, String type, String id) {
    // relationships hold descriptors; the event describes the whole file
    return corpus.related(type, id, "communicating_files").stream()
        .limit(FILES_PER_ASSET)
        .map(d -> corpus.find("file", d.get("id").asText()).orElse(d))
        .toList();
  }

  private static int malicious(JsonNode attributes) {
    return attributes.path("last_analysis_stats").path("malicious").asInt();
  }

  private static ObjectNode asset(int index, String type, String value) {
    ObjectNode a = JsonNodeFactory.instance.objectNode();
    long created = Gen.REFERENCE - (300 - 20L * index) * DAY;
    a.put("asset_type", type);
    a.put("value", value);
    a.put("creation_date", created);
    a.put("last_modification_date", created + (1 + index % 3) * 7 * DAY);
    return object("alerting_asset", Integer.toString(1001 + index), a);
  }

  /**
   * One notification: severity follows the detections of what the event is about (the docs do not
   * say how VirusTotal grades it); every third one is read.
   */
  private static ObjectNode notification(
      int index, String detection, int malicious, ObjectNode event) {
    SplittableRandom rng = Gen.rng(index, SALT, detection.hashCode());
    long seconds = Gen.REFERENCE - (index * 9L + Gen.between(rng, 0, 8)) * 3600;
    Instant created = Instant.ofEpochSecond(seconds, Gen.between(rng, 1, 999_999) * 1000L);
    ObjectNode timestamp = JsonNodeFactory.instance.objectNode();
    timestamp.put("seconds", Long.toString(seconds));
    timestamp.put("nanos", created.getNano());
    ObjectNode message = JsonNodeFactory.instance.objectNode();
    message.set("timestamp", timestamp);
    message.setAll(event);
    boolean brand = detection.equals("FAVICON_REUSE") || detection.equals("BRAND_MATCH");
    ObjectNode a = JsonNodeFactory.instance.objectNode();
    a.put("created", created.toString());
    a.put("event_severity", severity(malicious));
    a.put(
        "use_case_category",
        brand
            ? (detection.equals("FAVICON_REUSE")
                ? "PHISHING_COUNTERFEITING"
                : "BRAND_IMPERSONATION")
            : malicious == 0 ? "POTENTIAL_FALSE_POSITIVE" : "CORPORATE_INFRASTRUCTURE_ABUSE");
    a.put("detection_category", detection);
    a.put("is_read", index % 3 == 2);
    a.set("event_message_json", message);
    return object("alerting_notification", Long.toString(5_000_001L + index), a);
  }

  private static String severity(int malicious) {
    if (malicious >= 5) {
      return "high";
    }
    if (malicious >= 2) {
      return "medium";
    }
    return malicious == 1 ? "low" : "info";
  }

  private static ObjectNode domainSighting(String domain) {
    ObjectNode event = JsonNodeFactory.instance.objectNode();
    event.putObject("domain_sighting").putObject("domain").put("name", domain);
    return event;
  }

  private static ObjectNode ipSighting(String ip) {
    ObjectNode event = JsonNodeFactory.instance.objectNode();
    event.putObject("ip_sighting").putObject("ip").put("address", ip);
    return event;
  }

  private static ObjectNode file(ObjectNode f) {
    JsonNode a = f.path("attributes");
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("sha256", f.path("id").asText());
    out.put("file_type", a.path("type_tag").asText());
    out.put("positives", malicious(a));
    return out;
  }

  private static ObjectNode object(String type, String id, ObjectNode attributes) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("type", type);
    o.put("id", id);
    o.set("attributes", attributes);
    return o;
  }
}
