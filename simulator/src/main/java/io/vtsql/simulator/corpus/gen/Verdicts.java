package io.vtsql.simulator.corpus.gen;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Builds {@code last_analysis_results} over realistic engine names and derives {@code
 * last_analysis_stats} by counting the categories, so the two always agree.
 */
final class Verdicts {

  static final List<String> FILE_ENGINES =
      List.of(
          "Bkav",
          "Lionic",
          "Elastic",
          "MicroWorld-eScan",
          "ClamAV",
          "CAT-QuickHeal",
          "Skyhigh",
          "McAfee",
          "Malwarebytes",
          "Zillya",
          "Sangfor",
          "K7AntiVirus",
          "Alibaba",
          "K7GW",
          "Cybereason",
          "Arcabit",
          "BitDefenderTheta",
          "VirIT",
          "Symantec",
          "tehtris",
          "ESET-NOD32",
          "APEX",
          "Paloalto",
          "TrendMicro-HouseCall",
          "Avast",
          "Cynet",
          "Kaspersky",
          "BitDefender",
          "NANO-Antivirus",
          "SUPERAntiSpyware",
          "Tencent",
          "Emsisoft",
          "Baidu",
          "F-Secure",
          "DrWeb",
          "VIPRE",
          "TrendMicro",
          "McAfeeD",
          "Trapmine",
          "FireEye",
          "Sophos",
          "Ikarus",
          "Jiangmin",
          "Google",
          "Avira",
          "Antiy-AVL",
          "Kingsoft",
          "Microsoft",
          "Gridinsoft",
          "Xcitium",
          "ViRobot",
          "ZoneAlarm",
          "GData",
          "Varist",
          "AhnLab-V3",
          "Acronis",
          "VBA32",
          "ALYac",
          "TACHYON",
          "Zoner",
          "Rising",
          "Yandex",
          "huorong",
          "MaxSecure",
          "Fortinet",
          "AVG",
          "DeepInstinct",
          "CrowdStrike",
          "SentinelOne",
          "Webroot",
          "Panda",
          "Avast-Mobile");

  static final List<String> URL_ENGINES =
      List.of(
          "Acronis",
          "0xSI_f33d",
          "Abusix",
          "ADMINUSLabs",
          "Criminal IP",
          "AILabs (MONITORAPP)",
          "AlienVault",
          "alphaMountain.ai",
          "AlphaSOC",
          "Antiy-AVL",
          "ArcSight Threat Intelligence",
          "AutoShun",
          "benkow.cc",
          "Bfore.Ai PreCrime",
          "BitDefender",
          "Bkav",
          "Blueliv",
          "Certego",
          "Chong Lua Dao",
          "CINS Army",
          "Cluster25",
          "CRDF",
          "CSIS Security Group",
          "Snort IP sample list",
          "CMC Threat Intelligence",
          "Cyan",
          "Cyble",
          "CyRadar",
          "DNS8",
          "Dr.Web",
          "Ermes",
          "ESET",
          "ESTsecurity",
          "EmergingThreats",
          "Emsisoft",
          "Forcepoint ThreatSeeker",
          "Fortinet",
          "G-Data",
          "Google Safebrowsing",
          "GreenSnow",
          "Gridinsoft",
          "Heimdal Security",
          "IPsum",
          "Juniper Networks",
          "Kaspersky",
          "Lionic",
          "Lumu",
          "MalwarePatrol",
          "MalwareURL",
          "Malwared",
          "Mimecast",
          "Netcraft",
          "OpenPhish",
          "Phishing Database",
          "PhishFort",
          "PhishLabs",
          "Phishtank",
          "PREBYTES",
          "PrecisionSec",
          "Quick Heal",
          "Quttera",
          "Rising",
          "SafeToOpen",
          "Sangfor",
          "Scantitan",
          "SCUMWARE.org",
          "Seclookup",
          "SecureBrain",
          "SOCRadar",
          "Sophos",
          "Spam404",
          "StopForumSpam",
          "Sucuri SiteCheck",
          "ThreatHive",
          "Trustwave",
          "URLhaus",
          "URLQuery",
          "VIPRE",
          "ViriBack",
          "Webroot",
          "Xcitium Verdict Cloud",
          "Yandex Safebrowsing",
          "ZeroCERT");

  static final List<String> FILE_STAT_KEYS =
      List.of(
          "harmless",
          "type-unsupported",
          "suspicious",
          "confirmed-timeout",
          "timeout",
          "failure",
          "malicious",
          "undetected");
  static final List<String> NET_STAT_KEYS =
      List.of("harmless", "malicious", "suspicious", "undetected", "timeout");

  private static final List<String> ENGINE_VERSIONS =
      java.util.stream.IntStream.range(0, FILE_ENGINES.size())
          .mapToObj(
              i -> (1 + FILE_ENGINES.get(i).length() % 9) + "." + (i % 13) + "." + (i * 7 % 100))
          .toList();
  private static final Map<String, ObjectNode> SHARED =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final Map<String, ObjectNode> SHARED_NET =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final String[] NET_MALICIOUS_RESULTS = {"malicious", "phishing", "malware"};

  private Verdicts() {}

  /** The verdict counts wanted for one object; the rest of the engines are undetected. */
  record Counts(
      int malicious,
      int suspicious,
      int harmless,
      int typeUnsupported,
      int timeout,
      int confirmedTimeout,
      int failure) {}

  /**
   * Fills {@code attributes.last_analysis_results} and {@code last_analysis_stats} for a file.
   * {@code threatName} names detections ({@code Trojan.Emotet}-like) when malicious.
   */
  static void file(
      SplittableRandom rng,
      ObjectNode attributes,
      Counts counts,
      String family,
      String category,
      long analysisDate) {
    List<String> categories = categoriesFor(rng, FILE_ENGINES.size(), counts);
    ObjectNode results = attributes.putObject("last_analysis_results");
    String update =
        java.time.LocalDate.ofEpochDay(analysisDate / 86400).toString().replace("-", "");
    for (int i = 0; i < FILE_ENGINES.size(); i++) {
      String engine = FILE_ENGINES.get(i);
      String cat = categories.get(i);
      int engineIndex = i;
      if (cat.equals("malicious") || cat.equals("suspicious")) {
        ObjectNode r = fileResult(i, cat, update);
        r.put("result", detectionName(i, family, category, cat.equals("suspicious")));
        results.set(engine, r);
      } else {
        // Verdicts without a detection name are identical across objects; share the read-only node.
        results.set(
            engine,
            SHARED.computeIfAbsent(
                i + "\u0000" + cat + "\u0000" + update,
                k -> {
                  ObjectNode r = fileResult(engineIndex, cat, update);
                  r.putNull("result");
                  return r;
                }));
      }
    }
    attributes.set("last_analysis_stats", stats(categories, FILE_STAT_KEYS));
  }

  private static ObjectNode fileResult(int engineIndex, String category, String update) {
    String engine = FILE_ENGINES.get(engineIndex);
    ObjectNode r = JsonNodeFactory.instance.objectNode();
    r.put("category", category);
    r.put("engine_name", engine);
    r.put("engine_version", ENGINE_VERSIONS.get(engineIndex));
    r.put("engine_update", update);
    r.put("method", "blacklist");
    return r;
  }

  /** Fills results and stats for a url, domain or ip_address. */
  static void network(SplittableRandom rng, ObjectNode attributes, Counts counts) {
    List<String> categories = categoriesFor(rng, URL_ENGINES.size(), counts);
    ObjectNode results = attributes.putObject("last_analysis_results");
    for (int i = 0; i < URL_ENGINES.size(); i++) {
      String cat = categories.get(i);
      String result =
          switch (cat) {
            case "harmless" -> "clean";
            case "malicious" -> NET_MALICIOUS_RESULTS[(i + counts.malicious()) % 3];
            case "suspicious" -> "suspicious";
            default -> "unrated";
          };
      int engineIndex = i;
      // Network verdicts carry no dates, so identical ones are shared read-only nodes.
      results.set(
          URL_ENGINES.get(i),
          SHARED_NET.computeIfAbsent(
              i + "\u0000" + result,
              k -> {
                ObjectNode r = JsonNodeFactory.instance.objectNode();
                r.put("category", cat);
                r.put("engine_name", URL_ENGINES.get(engineIndex));
                r.put("method", "blacklist");
                r.put("result", result);
                return r;
              }));
    }
    attributes.set("last_analysis_stats", stats(categories, NET_STAT_KEYS));
  }

  private static List<String> categoriesFor(SplittableRandom rng, int engines, Counts c) {
    List<String> cats = new ArrayList<>(engines);
    addN(cats, "malicious", c.malicious());
    addN(cats, "suspicious", c.suspicious());
    addN(cats, "harmless", c.harmless());
    addN(cats, "type-unsupported", c.typeUnsupported());
    addN(cats, "timeout", c.timeout());
    addN(cats, "confirmed-timeout", c.confirmedTimeout());
    addN(cats, "failure", c.failure());
    if (cats.size() > engines) {
      throw new IllegalArgumentException("more verdicts than engines: " + c);
    }
    addN(cats, "undetected", engines - cats.size());
    for (int i = cats.size() - 1; i > 0; i--) {
      Collections.swap(cats, i, rng.nextInt(i + 1));
    }
    return cats;
  }

  private static void addN(List<String> list, String value, int n) {
    for (int i = 0; i < n; i++) {
      list.add(value);
    }
  }

  private static ObjectNode stats(List<String> categories, List<String> keys) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    keys.forEach(k -> counts.put(k, 0));
    categories.forEach(c -> counts.merge(c, 1, Integer::sum));
    ObjectNode stats = JsonNodeFactory.instance.objectNode();
    counts.forEach(stats::put);
    return stats;
  }

  private static String detectionName(
      int engine, String family, String category, boolean suspicious) {
    String fam =
        family == null ? "Generic" : Character.toUpperCase(family.charAt(0)) + family.substring(1);
    String cat = Character.toUpperCase(category.charAt(0)) + category.substring(1);
    if (suspicious) {
      return engine % 2 == 0 ? "heuristic" : "Suspicious.Gen." + (engine % 7);
    }
    return switch (engine % 6) {
      case 0 -> cat + ":Win32/" + fam + "." + (char) ('A' + engine % 26);
      case 1 -> cat + "." + fam + "." + (1000 + engine * 37);
      case 2 -> "Gen:Variant." + fam + "." + (engine * 13 % 900);
      case 3 -> "W32/" + fam + "." + (char) ('A' + engine % 26) + "!tr";
      case 4 -> cat + "/" + fam + ".gen";
      default -> "HEUR:" + cat + ".Win32." + fam + ".gen";
    };
  }
}
