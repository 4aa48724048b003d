package io.vtsql.simulator.corpus.gen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.Corpus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The VirusTotal Monitor items of {@code demo_analyst}'s group: a software vendor's folders and
 * files (Windows binaries of the corpus, so they join to {@code files}), each file analysed daily
 * with a few deterministic false positives; item tags follow the documented meanings (detected,
 * new-, increasing-, decreasing-, solved-, swapped-detections and the detecting engines).
 */
public final class MonitorData {

  /** The user whose group owns the items; other accounts see none. */
  public static final String OWNER = "demo_analyst";

  /** The group the Monitor licence is granted to: the owner part of every item id. */
  public static final String GROUP = "demo_vendor";

  /** Analyses kept per file, one a day. */
  public static final int ANALYSES = 10;

  private static final long DAY = 86_400;
  private static final long SALT = 0x4D4F4E49L;
  private static final String ROOT = "/acme-suite/";
  private static final List<String> FOLDERS =
      List.of(ROOT, ROOT + "bin/", ROOT + "plugins/", ROOT + "installers/");
  private static final List<String> PROGRAMS =
      List.of("acme-agent", "acme-updater", "acme-tray", "acme-service", "acme-cli", "acme-backup");
  private static final int FILES = 18;

  /**
   * One item and, for a file, its analyses newest first.
   *
   * @param item the {@code monitoritem} object
   * @param analyses its {@code monitor_analysis} objects, newest first (none for a folder)
   */
  public record Item(ObjectNode item, List<ObjectNode> analyses) {
    public Item {
      Objects.requireNonNull(item, "item");
      analyses = List.copyOf(analyses);
    }

    /** The item id. */
    public String id() {
      return item.path("id").asText();
    }
  }

  private MonitorData() {}

  /**
   * The id of the item at {@code path}: base64 (URL-safe alphabet, so it fits in a path segment) of
   * {@code vtmonitor-v1://<group><path>}.
   */
  public static String id(String path) {
    return Base64.getUrlEncoder()
        .encodeToString(("vtmonitor-v1://" + GROUP + path).getBytes(StandardCharsets.UTF_8));
  }

  /** Every item in path order: the folders, then the first Windows binaries of the corpus. */
  public static List<Item> items(Corpus corpus) {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < FOLDERS.size(); i++) {
      ObjectNode a = JsonNodeFactory.instance.objectNode();
      a.put("path", FOLDERS.get(i));
      a.put("item_type", "folder");
      a.put("creator_id", OWNER);
      a.put("creation_date", Gen.REFERENCE - 400 * DAY + i * 60L);
      a.putArray("tags");
      items.add(new Item(object("monitoritem", id(FOLDERS.get(i)), a), List.of()));
    }
    int index = 0;
    for (ObjectNode file : corpus.all("file")) {
      JsonNode f = file.path("attributes");
      String type = f.path("type_tag").asText();
      if (!type.equals("peexe") && !type.equals("pedll")) {
        continue;
      }
      items.add(file(f, path(type, index), index));
      if (++index == FILES) {
        break;
      }
    }
    items.sort(Comparator.comparing(it -> it.item().path("attributes").path("path").asText()));
    return List.copyOf(items);
  }

  private static String path(String type, int index) {
    String program = PROGRAMS.get(index % PROGRAMS.size());
    int version = 1 + index / PROGRAMS.size();
    if (type.equals("pedll")) {
      return ROOT + "plugins/" + program + "-plugin-" + version + ".dll";
    }
    if (index % 3 == 2) {
      return ROOT + "installers/" + program + "-setup-" + version + ".0.exe";
    }
    return ROOT + "bin/" + program + (version == 1 ? "" : "-" + version) + ".exe";
  }

  private static Item file(JsonNode f, String path, int index) {
    // seeded by the file itself: the same corpus always gives the same detections
    SplittableRandom rng = Gen.rng(f.path("sha256").asText().hashCode(), SALT, index);
    // a third of the files are prone to false positives, from a few engines
    boolean prone = index % 3 == 0;
    List<String> suspects = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      suspects.add(Gen.pick(rng, Verdicts.FILE_ENGINES));
    }
    long last = Gen.REFERENCE - 3_600L * (1 + index);
    String sha256 = f.path("sha256").asText();
    List<TreeSet<String>> detecting = new ArrayList<>();
    for (int k = 0; k < ANALYSES + 1; k++) {
      TreeSet<String> engines = new TreeSet<>();
      if (prone) {
        for (String e : suspects) {
          if (rng.nextInt(3) == 0) {
            engines.add(e);
          }
        }
      }
      detecting.add(engines);
    }
    List<ObjectNode> analyses = new ArrayList<>();
    for (int k = 0; k < ANALYSES; k++) {
      long date = last - k * DAY;
      ObjectNode a = JsonNodeFactory.instance.objectNode();
      a.set("analysis_results", results(detecting.get(k), date, index));
      a.put("date", date);
      a.put("detections_count", detecting.get(k).size());
      a.put("sha256", sha256);
      a.set("tags", tags(detecting.get(k), detecting.get(k + 1)));
      analyses.add(object("monitor_analysis", sha256 + "-" + date, a));
    }
    ObjectNode newest = (ObjectNode) analyses.get(0).path("attributes");
    ObjectNode a = JsonNodeFactory.instance.objectNode();
    a.put("path", path);
    a.put("item_type", "file");
    a.put("creator_id", OWNER);
    a.put("sha256", sha256);
    a.put("sha1", f.path("sha1").asText());
    a.put("md5", f.path("md5").asText());
    a.put("size", f.path("size").asLong());
    a.set("tags", newest.get("tags"));
    a.put("last_detections_count", newest.path("detections_count").asInt());
    a.put("last_analysis_date", last);
    a.put("next_analysis_date", last + DAY);
    for (int k = ANALYSES - 1; k >= 0; k--) {
      if (!detecting.get(k).isEmpty()) {
        a.put("first_detection_date", last - k * DAY);
        break;
      }
    }
    a.put("creation_date", Gen.REFERENCE - 300 * DAY + index * 3_600L);
    a.set("last_analysis_results", newest.get("analysis_results"));
    if (index % 4 == 1) {
      a.put("details", "Signed build of " + path.substring(path.lastIndexOf('/') + 1));
    }
    return new Item(object("monitoritem", id(path), a), analyses);
  }

  /** Every engine's verdict; the detecting ones name a generic false-positive label. */
  private static ObjectNode results(TreeSet<String> detecting, long date, int index) {
    String update = java.time.LocalDate.ofEpochDay(date / DAY).toString().replace("-", "");
    ObjectNode results = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < Verdicts.FILE_ENGINES.size(); i++) {
      String engine = Verdicts.FILE_ENGINES.get(i);
      ObjectNode r = results.putObject(engine);
      boolean detects = detecting.contains(engine);
      r.put("category", detects ? "malicious" : "undetected");
      r.put("engine_name", engine);
      r.put("engine_update", update);
      r.put("engine_version", (1 + engine.length() % 9) + "." + (i % 13) + "." + (i * 7 % 100));
      r.put("method", "blacklist");
      if (detects) {
        r.put("result", "Gen:Variant.Acme." + (index * 31 + engine.length()) % 997);
      } else {
        r.putNull("result");
      }
    }
    return results;
  }

  /** The documented tags of an analysis given the one before it. */
  private static ArrayNode tags(TreeSet<String> now, TreeSet<String> before) {
    ArrayNode tags = JsonNodeFactory.instance.arrayNode();
    if (!now.isEmpty()) {
      tags.add("detected");
      if (before.isEmpty()) {
        tags.add("new-detections");
      } else if (now.size() > before.size()) {
        tags.add("increasing-detections");
      } else if (now.size() < before.size()) {
        tags.add("decreasing-detections");
      } else if (!now.equals(before)) {
        tags.add("swapped-detections");
      }
      now.forEach(tags::add);
    } else if (!before.isEmpty()) {
      tags.add("solved-detections");
    }
    return tags;
  }

  private static ObjectNode object(String type, String id, ObjectNode attributes) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("type", type);
    o.put("id", id);
    o.set("attributes", attributes);
    return o;
  }
}
