package io.vtsql.simulator.corpus.gen;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.ObjectTypes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Builds generated file objects whose hashes, type fields, dates and verdicts agree. */
final class FileFactory {

  static final long SALT = 11;
  private static final String[] EXTRA_TAGS = {
    "long-sleeps",
    "detect-debug-environment",
    "checks-user-input",
    "calls-wmi",
    "persistence",
    "runtime-modules",
    "direct-cpu-clock-access",
    "obfuscated",
    "self-delete"
  };
  private static final String[] CATEGORIES = {
    "trojan",
    "ransomware",
    "downloader",
    "dropper",
    "banker",
    "spyware",
    "worm",
    "miner",
    "adware",
    "pua"
  };
  private static final String B64 =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  private final long seed;

  FileFactory(long seed) {
    this.seed = seed;
  }

  /** The bytes whose digests are a generated file's md5, sha1 and sha256. */
  static byte[] bytes(long seed, int index) {
    return ("vtsql-demo-file:" + seed + ":" + index).getBytes(StandardCharsets.UTF_8);
  }

  /** Chooses the kind of file {@code index} and hashes its bytes. */
  static Seeds.FileSeed seed(
      long seed, int index, MessageDigest md5, MessageDigest sha1, MessageDigest sha256) {
    SplittableRandom rng = Gen.rng(seed, SALT + 1, index);
    FileType type = index == 0 ? FileType.PEEXE : FileType.weighted(rng);
    byte[] bytes = bytes(seed, index);
    return new Seeds.FileSeed(
        index,
        type,
        Gen.hex(md5.digest(bytes)),
        Gen.hex(sha1.digest(bytes)),
        Gen.hex(sha256.digest(bytes)));
  }

  static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is required by the JDK", e);
    }
  }

  ObjectNode build(Seeds.FileSeed f) {
    SplittableRandom rng = Gen.rng(seed, SALT, f.index());
    FileType type = f.type();
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    object.put("type", "file");
    object.put("id", f.sha256());
    object.putObject("links").put("self", ObjectTypes.selfLink("file", f.sha256()));
    ObjectNode a = object.putObject("attributes");

    double roll = f.index() == 0 ? 0.99 : rng.nextDouble();
    int malicious =
        roll < 0.5 ? 0 : roll < 0.65 ? Gen.between(rng, 1, 6) : Gen.between(rng, 15, 55);
    int suspicious = malicious == 0 ? (rng.nextInt(10) == 0 ? 1 : 0) : rng.nextInt(3);
    int unsupported = rng.nextInt(type.typeUnsupportedRange() + 1);
    Verdicts.Counts counts =
        new Verdicts.Counts(
            malicious,
            suspicious,
            0,
            unsupported,
            rng.nextInt(20) == 0 ? 1 : 0,
            rng.nextInt(20) == 0 ? 1 : 0,
            rng.nextInt(20) == 0 ? 1 : 0);
    String family = Gen.pick(rng, type.families);
    String category =
        type == FileType.HTML || type == FileType.PDF ? "phishing" : Gen.pick(rng, CATEGORIES);

    a.put("md5", f.md5());
    a.put("sha1", f.sha1());
    a.put("sha256", f.sha256());
    long size =
        (long) (type.minSize * Math.pow((double) type.maxSize / type.minSize, rng.nextDouble()));
    a.put("size", size);
    a.put("type_tag", type.tag);
    a.put("type_description", type.description);
    a.put("type_extension", type.extension);
    a.put("magic", type.magic);
    ArrayNode typeTags = a.putArray("type_tags");
    type.typeTags.forEach(typeTags::add);
    ObjectNode trid = a.putArray("trid").addObject();
    trid.put("file_type", type.description + " (generic)");
    trid.put("probability", Math.round(40 + rng.nextDouble() * 59) / 1.0);

    List<String> names = names(rng, type, f.index());
    ArrayNode namesNode = a.putArray("names");
    names.forEach(namesNode::add);
    a.put("meaningful_name", names.get(0));

    a.put("ssdeep", ssdeep(rng, size));
    a.put("tlsh", "T1" + Gen.hex(rng, 70).toUpperCase(java.util.Locale.ROOT));
    a.put("vhash", Gen.hex(rng, 6) + "d" + Gen.hex(rng, 8) + "z" + Gen.hex(rng, 6));
    if (type.isPe()) {
      peInfo(rng, a);
    } else if (type == FileType.APK) {
      a.put("permhash", Gen.hex(rng, 64));
    }

    long first = Gen.date(rng, Gen.EARLIEST, Gen.REFERENCE - 86_400);
    long last = Gen.date(rng, first, Gen.REFERENCE - 3_600);
    long analysis = Gen.date(rng, last, Gen.REFERENCE - 600);
    a.put("first_submission_date", first);
    a.put("last_submission_date", last);
    a.put("last_analysis_date", analysis);
    a.put("last_modification_date", Gen.date(rng, analysis, Gen.REFERENCE));
    if (rng.nextBoolean()) {
      a.put("first_seen_itw_date", Gen.date(rng, first - 86_400 * 30, first));
    }
    int timesSubmitted = (int) Math.max(1, Math.round(Math.exp(rng.nextDouble() * 6)));
    a.put("times_submitted", timesSubmitted);
    a.put("unique_sources", Math.max(1, Math.min(timesSubmitted, Gen.between(rng, 1, 40))));
    int harmlessVotes = malicious == 0 ? rng.nextInt(4) : rng.nextInt(2);
    int maliciousVotes = malicious > 10 ? rng.nextInt(8) : 0;
    ObjectNode votes = a.putObject("total_votes");
    votes.put("harmless", harmlessVotes);
    votes.put("malicious", maliciousVotes);
    a.put(
        "reputation", harmlessVotes - maliciousVotes * 5 - (malicious > 10 ? rng.nextInt(60) : 0));
    ArrayNode tags = a.putArray("tags");
    tags(rng, type, malicious).forEach(tags::add);

    Verdicts.file(rng, a, counts, family, category, analysis);
    if (malicious >= 5) {
      threatClassification(a, family, category, malicious);
    }
    return object;
  }

  private static List<String> names(SplittableRandom rng, FileType type, int index) {
    List<String> names = new ArrayList<>();
    int count = Gen.between(rng, 1, 3);
    for (int i = 0; i < count; i++) {
      String base = Gen.pick(rng, type.baseNames);
      String suffix = i == 0 ? "" : "_" + (index % 97 + i);
      names.add(base + suffix + "." + type.extension);
    }
    return names;
  }

  private static Set<String> tags(SplittableRandom rng, FileType type, int malicious) {
    Set<String> tags = new LinkedHashSet<>();
    tags.add(type.tag);
    if (type.isPe()) {
      tags.add(rng.nextBoolean() ? "32bits" : "64bits");
      if (rng.nextInt(4) == 0) {
        tags.add("signed");
      }
      if (rng.nextInt(5) == 0) {
        tags.add("overlay");
      }
      if (rng.nextInt(6) == 0) {
        tags.add("assembly");
      }
    } else if (type == FileType.DOCX || type == FileType.XLSX) {
      if (malicious > 0 || rng.nextInt(5) == 0) {
        tags.add("macros");
      }
    }
    if (malicious > 0 && type.isExecutable()) {
      tags.add(EXTRA_TAGS[rng.nextInt(EXTRA_TAGS.length)]);
      tags.add(EXTRA_TAGS[rng.nextInt(EXTRA_TAGS.length)]);
    }
    return tags;
  }

  private static String ssdeep(SplittableRandom rng, long size) {
    long blockSize = 3;
    while (blockSize * 64 < size) {
      blockSize *= 2;
    }
    return blockSize
        + ":"
        + b64(rng, Gen.between(rng, 30, 64))
        + ":"
        + b64(rng, Gen.between(rng, 12, 32));
  }

  private static String b64(SplittableRandom rng, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(B64.charAt(rng.nextInt(64)));
    }
    return sb.toString();
  }

  private static void peInfo(SplittableRandom rng, ObjectNode a) {
    long compiled = Gen.date(rng, Gen.EARLIEST - 86_400L * 365 * 3, Gen.REFERENCE - 86_400 * 30);
    a.put("creation_date", compiled);
    a.put("authentihash", Gen.hex(rng, 64));
    ObjectNode pe = a.putObject("pe_info");
    pe.put("timestamp", compiled);
    pe.put("imphash", Gen.hex(rng, 32));
    pe.put("machine_type", rng.nextBoolean() ? 332 : 34404);
    pe.put("entry_point", 4096 + rng.nextInt(200_000));
    ArrayNode sections = pe.putArray("sections");
    long address = 4096;
    for (String name : new String[] {".text", ".rdata", ".data", ".rsrc"}) {
      ObjectNode s = sections.addObject();
      int raw = 512 * Gen.between(rng, 1, 400);
      s.put("name", name);
      s.put("virtual_address", address);
      s.put("virtual_size", raw - rng.nextInt(512));
      s.put("raw_size", raw);
      s.put("entropy", Math.round((3 + rng.nextDouble() * 5) * 100) / 100.0);
      s.put("md5", Gen.hex(rng, 32));
      s.put("flags", name.equals(".text") ? "rx" : name.equals(".data") ? "rw" : "r");
      address += ((raw + 4095) / 4096) * 4096L;
    }
  }

  private static void threatClassification(
      ObjectNode a, String family, String category, int malicious) {
    ObjectNode ptc = a.putObject("popular_threat_classification");
    ptc.put("suggested_threat_label", category + "." + family);
    ObjectNode cat = ptc.putArray("popular_threat_category").addObject();
    cat.put("count", Math.max(1, malicious * 2 / 3));
    cat.put("value", category);
    ObjectNode name = ptc.putArray("popular_threat_name").addObject();
    name.put("count", Math.max(1, malicious / 2));
    name.put("value", family);
  }
}
