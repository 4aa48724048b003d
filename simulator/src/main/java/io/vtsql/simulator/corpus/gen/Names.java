package io.vtsql.simulator.corpus.gen;

import java.util.List;
import java.util.SplittableRandom;

/** Word lists that make generated domain names, URL paths and page titles look real. */
final class Names {

  static final List<String> WORDS =
      List.of(
          "cloud", "secure", "update", "cdn", "login", "mail", "portal", "sync", "data", "micro",
          "soft", "net", "web", "app", "store", "pay", "bank", "track", "media", "stream", "files",
          "docs", "drive", "host", "link", "verify", "account", "office", "support", "service",
          "global", "smart", "fast", "green", "blue", "north", "star", "alpha", "nova", "pixel",
          "tech", "labs", "shop", "news", "game", "photo", "travel");
  static final List<String> TLDS =
      List.of(
          "com", "com", "com", "net", "org", "io", "ru", "xyz", "top", "info", "de", "co", "biz",
          "online", "site", "cn", "br", "uk");
  static final List<String> LABELS =
      List.of(
          "www", "mail", "api", "cdn", "login", "update", "dl", "static", "portal", "secure", "m",
          "dev", "files", "auth", "img", "app", "vpn", "ftp");
  static final List<String> PATHS =
      List.of(
          "",
          "index.html",
          "login.php",
          "wp-admin/",
          "download/setup.exe",
          "invoice.pdf",
          "api/v1/check",
          "images/logo.png",
          "verify/account",
          "bin/update.bin",
          "gate.php",
          "panel/",
          "docs/report.docx",
          "js/app.js",
          "signin");
  static final List<String> TITLES =
      List.of(
          "Home",
          "Sign in to your account",
          "Index of /",
          "404 Not Found",
          "Welcome",
          "Secure Login",
          "Download",
          "Dashboard",
          "Online Banking",
          "Document Shared With You");
  static final List<String> REGISTRARS =
      List.of(
          "NameCheap, Inc.",
          "GoDaddy.com, LLC",
          "MarkMonitor Inc.",
          "Tucows Domains Inc.",
          "NameSilo, LLC",
          "Gandi SAS",
          "REG.RU LLC",
          "Alibaba Cloud Computing (Beijing) Co., Ltd.",
          "Cloudflare, Inc.",
          "PDR Ltd. d/b/a PublicDomainRegistry.com",
          "Porkbun LLC",
          "Hostinger Operations, UAB");
  static final List<String> CATEGORY_VENDORS =
      List.of(
          "Forcepoint ThreatSeeker",
          "BitDefender",
          "Sophos",
          "alphaMountain.ai",
          "Xcitium Verdict Cloud");
  static final List<String> BENIGN_CATEGORIES =
      List.of(
          "information technology",
          "business",
          "search engines and portals",
          "content delivery networks",
          "shopping",
          "news and media",
          "games",
          "finance",
          "education",
          "web hosting");
  static final List<String> BAD_CATEGORIES =
      List.of(
          "phishing",
          "malicious web sites",
          "malware",
          "spyware and adware",
          "newly registered websites",
          "command and control");
  static final List<String> RESOLVERS =
      List.of("VirusTotal", "Rising MOVES", "Georgia Tech", "Cluster25", "Kaspersky");
  static final List<String> COUNTRIES =
      List.of("US", "DE", "FR", "GB", "NL", "RU", "CN", "BR", "IN", "JP", "ES", "IT", "KR", "UA");

  private Names() {}

  static String registered(SplittableRandom rng) {
    String first = Gen.pick(rng, WORDS);
    String second = Gen.pick(rng, WORDS);
    String joiner = rng.nextInt(3) == 0 ? "-" : "";
    return first + joiner + second + "." + Gen.pick(rng, TLDS);
  }
}
