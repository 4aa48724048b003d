package io.vtsql.simulator.corpus.gen;

import java.util.List;

/**
 * One kind of generated file, with the type attributes VirusTotal reports for it and the names,
 * sizes and threat families that make a sample of that kind look real.
 */
enum FileType {
  PEEXE(
      "peexe",
      "Win32 EXE",
      "exe",
      "PE32 executable (GUI) Intel 80386, for MS Windows",
      List.of("executable", "windows", "win32", "pe", "peexe"),
      30,
      40_000,
      4_000_000,
      List.of(
          "setup",
          "invoice",
          "svchost",
          "update",
          "installer",
          "payment_copy",
          "chrome_patch",
          "crack",
          "keygen",
          "order_details"),
      List.of(
          "emotet",
          "agenttesla",
          "formbook",
          "remcos",
          "njrat",
          "lokibot",
          "redline",
          "qakbot",
          "trickbot",
          "vidar")),
  PEDLL(
      "pedll",
      "Win32 DLL",
      "dll",
      "PE32 executable (DLL) (GUI) Intel 80386, for MS Windows",
      List.of("executable", "windows", "win32", "pe", "pedll"),
      12,
      20_000,
      2_500_000,
      List.of("msvcp140", "libcurl", "helper", "cryptbase", "loader", "version", "plugin"),
      List.of("emotet", "qakbot", "icedid", "bumblebee", "trickbot")),
  ELF(
      "elf",
      "ELF",
      "elf",
      "ELF 64-bit LSB executable, x86-64, version 1 (SYSV), dynamically linked",
      List.of("executable", "linux", "elf"),
      8,
      8_000,
      1_500_000,
      List.of("bot", "x86", "arm7", "sshd", "kworker", "dvrHelper", "mips"),
      List.of("mirai", "gafgyt", "xorddos", "tsunami")),
  APK(
      "apk",
      "Android",
      "apk",
      "Zip archive data, at least v2.0 to extract",
      List.of("executable", "mobile", "android", "apk"),
      6,
      500_000,
      30_000_000,
      List.of("flashplayer", "whatsapp_update", "bank_secure", "com.android.vending", "tiktok_pro"),
      List.of("hiddad", "joker", "hydra", "anubis", "cerberus")),
  PDF(
      "pdf",
      "PDF",
      "pdf",
      "PDF document, version 1.7",
      List.of("document", "pdf"),
      8,
      20_000,
      3_000_000,
      List.of("invoice", "report_q3", "resume", "scan_0042", "contract"),
      List.of("pdfka", "phishing", "pdfphish")),
  DOCX(
      "docx",
      "Office Open XML Document",
      "docx",
      "Microsoft Word 2007+",
      List.of("document", "msoffice", "officex", "word", "docx"),
      6,
      12_000,
      2_000_000,
      List.of("invoice", "cv", "payment_advice", "shipping_doc", "agreement"),
      List.of("valyria", "donoff", "emotet", "follina")),
  XLSX(
      "xlsx",
      "Office Open XML Spreadsheet",
      "xlsx",
      "Microsoft Excel 2007+",
      List.of("document", "msoffice", "officex", "excel", "xlsx"),
      4,
      10_000,
      1_500_000,
      List.of("report", "salary", "purchase_order", "budget_2024"),
      List.of("sagent", "qakbot", "dridex")),
  ZIP(
      "zip",
      "ZIP",
      "zip",
      "Zip archive data, at least v2.0 to extract",
      List.of("compressed", "zip"),
      8,
      5_000,
      20_000_000,
      List.of("archive", "documents", "invoice", "photos", "backup"),
      List.of("emotet", "qakbot", "agenttesla")),
  JAVASCRIPT(
      "javascript",
      "JavaScript",
      "js",
      "ASCII text, with very long lines",
      List.of("source", "javascript"),
      6,
      800,
      400_000,
      List.of("jquery.min", "app", "payload", "loader", "analytics"),
      List.of("gootloader", "socgholish", "nemucod")),
  HTML(
      "html",
      "HTML",
      "html",
      "HTML document, ASCII text",
      List.of("internet", "html"),
      6,
      600,
      300_000,
      List.of("index", "login", "office365_signin", "verify", "portal"),
      List.of("phishing", "faceliker", "redirector")),
  TEXT(
      "text",
      "Text",
      "txt",
      "ASCII text",
      List.of("text"),
      6,
      40,
      60_000,
      List.of("readme", "notes", "config", "license", "passwords"),
      List.of("eicar", "hacktool"));

  final String tag;
  final String description;
  final String extension;
  final String magic;
  final List<String> typeTags;
  final int weight;
  final int minSize;
  final int maxSize;
  final List<String> baseNames;
  final List<String> families;

  FileType(
      String tag,
      String description,
      String extension,
      String magic,
      List<String> typeTags,
      int weight,
      int minSize,
      int maxSize,
      List<String> baseNames,
      List<String> families) {
    this.tag = tag;
    this.description = description;
    this.extension = extension;
    this.magic = magic;
    this.typeTags = typeTags;
    this.weight = weight;
    this.minSize = minSize;
    this.maxSize = maxSize;
    this.baseNames = baseNames;
    this.families = families;
  }

  boolean isPe() {
    return this == PEEXE || this == PEDLL;
  }

  /** Types that run and therefore contact the network and drop files. */
  boolean isExecutable() {
    return isPe() || this == ELF || this == APK;
  }

  /** Types that contain other files. */
  boolean isContainer() {
    return this == ZIP || this == APK || this == DOCX || this == XLSX;
  }

  /** Engines that cannot scan this type report it as type-unsupported. */
  int typeUnsupportedRange() {
    return switch (this) {
      case PEEXE, PEDLL -> 3;
      case ELF, APK -> 8;
      default -> 14;
    };
  }

  static FileType weighted(java.util.SplittableRandom rng) {
    int total = 0;
    for (FileType t : values()) {
      total += t.weight;
    }
    int roll = rng.nextInt(total);
    for (FileType t : values()) {
      roll -= t.weight;
      if (roll < 0) {
        return t;
      }
    }
    throw new IllegalStateException("weights");
  }
}
