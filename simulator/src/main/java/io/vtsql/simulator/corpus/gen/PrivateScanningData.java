package io.vtsql.simulator.corpus.gen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.Corpus;
import io.vtsql.simulator.corpus.Ref;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Private Scanning objects of the demo corpus, owned by {@link #OWNER}: private files (with
 * their sandbox reports and analyses) and private URLs (with theirs). They are derived
 * deterministically from the public corpus, whose files and URLs lend them attributes, but their
 * hashes and URLs are new: a privately scanned file is unshared, so no public id names it. Private
 * files carry no antivirus verdicts or community data (reference/private-files).
 */
public final class PrivateScanningData {

  /** The user whose private objects these are. */
  public static final String OWNER = "demo_analyst";

  /** Private files in the demo corpus. */
  static final int FILES = 12;

  /** Private URLs in the demo corpus. */
  static final int URLS = 3;

  /** Time of the newest private analysis (2025-12-20T00:00:00Z); older ones are hours apart. */
  private static final long NEWEST = 1766188800L;

  private static final List<String> SANDBOXES = List.of("Zenbox", "VirusTotal Jujubox");

  /** File attributes computed from antivirus verdicts or the community, absent in private files. */
  private static final List<String> NOT_PRIVATE =
      List.of(
          "last_analysis_stats",
          "last_analysis_results",
          "total_votes",
          "reputation",
          "popular_threat_classification");

  private final Map<String, Map<String, ObjectNode>> objects = new HashMap<>();
  private final Map<String, List<Ref>> relations = new HashMap<>();

  private PrivateScanningData() {
    for (String type :
        List.of("private_file", "private_file_behaviour", "private_analysis", "private_url")) {
      objects.put(type, new LinkedHashMap<>());
    }
  }

  /** The private objects of the demo corpus, built from {@code corpus}. */
  public static PrivateScanningData of(Corpus corpus) {
    PrivateScanningData data = new PrivateScanningData();
    data.build(corpus);
    return data;
  }

  /** The object of a type and id, if the owner has it. */
  public Optional<ObjectNode> find(String type, String id) {
    Map<String, ObjectNode> table = objects.get(type);
    return table == null ? Optional.empty() : Optional.ofNullable(table.get(id));
  }

  /** Every object of a type, in creation order. */
  public Collection<ObjectNode> all(String type) {
    return objects.getOrDefault(type, Map.of()).values();
  }

  /** The targets of a relationship of one object, in API order. */
  public List<Ref> related(String type, String id, String relationship) {
    return relations.getOrDefault(type + "/" + id + "/" + relationship, List.of());
  }

  private void build(Corpus corpus) {
    // only the few lending objects are materialised: the corpus builds objects lazily
    List<String> files = corpus.ids("file");
    List<String> reports = corpus.ids("file_behaviour");
    List<String> domains = corpus.ids("domain");
    List<String> ips = corpus.ids("ip_address");
    List<String> urls = corpus.ids("url");
    if (Stream.of(files, reports, domains, ips, urls).anyMatch(List::isEmpty)) {
      // a loaded corpus (the captures) lacks what the demo's private objects are made from
      return;
    }
    List<String> fileIds = new ArrayList<>();
    for (int i = 0; i < FILES; i++) {
      String sha256 = sha256("vtsql-private-file-" + i);
      if (corpus.canonicalId("file", sha256).isPresent()) {
        throw new IllegalStateException("private file " + sha256 + " is in the public corpus");
      }
      fileIds.add(sha256);
      long date = NEWEST - 3600L * i;
      ObjectNode a = attributes(corpus, "file", files.get((i * 7) % files.size()));
      a.remove(NOT_PRIVATE);
      String md5 = sha256("md5-" + sha256).substring(0, 32);
      a.put("sha256", sha256);
      a.put("md5", md5);
      a.put("sha1", sha256("sha1-" + sha256).substring(0, 40));
      String name = "internal_tool_" + i + "." + a.path("type_extension").asText("bin");
      a.put("meaningful_name", name);
      a.putArray("names").add(name);
      a.put("first_submission_date", date);
      a.put("last_submission_date", date);
      a.put("last_analysis_date", date);
      a.put("last_modification_date", date);
      a.put("times_submitted", 1);
      a.put("unique_sources", 1);
      put("private_file", sha256, a);
      relate("private_file", sha256, "embedded_domains", "domain", domains, i * 3, 2);
      relate("private_file", sha256, "embedded_ips", "ip_address", ips, i * 5, 1);
      relate("private_file", sha256, "embedded_urls", "url", urls, i * 11, i % 3);
      String analysis = analysisId(md5, date);
      put("private_analysis", analysis, analysisAttributes(date, i));
      add("private_file", sha256, "analyses", Ref.of("private_analysis", analysis));
      add("private_analysis", analysis, "item", Ref.of("private_file", sha256));
      for (int s = 0; s < 1 + i % 2; s++) {
        String reportId = sha256 + "_" + SANDBOXES.get(s);
        ObjectNode report =
            attributes(corpus, "file_behaviour", reports.get((i + s) % reports.size()));
        report.put("sandbox_name", SANDBOXES.get(s));
        report.put("analysis_date", date + 300L);
        report.put("last_modification_date", date + 300L);
        put("private_file_behaviour", reportId, report);
        add("private_file", sha256, "behaviours", Ref.of("private_file_behaviour", reportId));
      }
    }
    for (int i = 0; i + 1 < FILES; i += 2) {
      ObjectNode context = JsonNodeFactory.instance.objectNode();
      context.putArray("paths").add("C:\\Users\\user\\AppData\\Local\\Temp\\stage" + i + ".exe");
      context.put("type", "Win32 EXE");
      add(
          "private_file",
          fileIds.get(i),
          "dropped_files",
          new Ref("private_file", fileIds.get(i + 1), context));
    }
    for (int i = 0; i < URLS; i++) {
      String url = "https://portal-" + i + ".intranet.example/login?session=" + i;
      String id = sha256(url);
      long date = NEWEST - 1800L - 3600L * i;
      ObjectNode a = attributes(corpus, "url", urls.get((i * 13) % urls.size()));
      a.remove(List.of("total_votes", "reputation"));
      a.put("url", url);
      a.put("last_final_url", url);
      a.put("title", "Intranet portal " + i);
      a.put("first_submission_date", date);
      a.put("last_submission_date", date);
      a.put("last_analysis_date", date);
      a.put("last_modification_date", date);
      a.put("times_submitted", 1);
      put("private_url", id, a);
      String analysis = analysisId(sha256("url-md5-" + id).substring(0, 32), date);
      put("private_analysis", analysis, analysisAttributes(date, FILES + i));
      add("private_url", id, "analyses", Ref.of("private_analysis", analysis));
      add("private_analysis", analysis, "item", Ref.of("private_url", id));
    }
  }

  /** A copy of the attributes of a public corpus object, to lend to a private one. */
  private static ObjectNode attributes(Corpus corpus, String type, String id) {
    return ((ObjectNode) corpus.find(type, id).orElseThrow().path("attributes")).deepCopy();
  }

  /**
   * A Private Scanning analysis id: base64 of {@code <md5>:<32 hex>:<unix time>} as in the docs'
   * example; the time is nudged until the base64 has no {@code /} or {@code +}, so the id is one
   * path segment.
   */
  private static String analysisId(String md5, long date) {
    String run = sha256("run-" + md5).substring(0, 32);
    for (long t = date; ; t++) {
      String id =
          Base64.getEncoder()
              .encodeToString((md5 + ":" + run + ":" + t).getBytes(StandardCharsets.UTF_8));
      if (id.indexOf('/') < 0 && id.indexOf('+') < 0) {
        return id;
      }
    }
  }

  /** The newest two analyses are still running; the rest are completed. */
  private static ObjectNode analysisAttributes(long date, int index) {
    ObjectNode a = JsonNodeFactory.instance.objectNode();
    a.put("date", date);
    a.put("status", index == 0 ? "queued" : index == 1 ? "in-progress" : "completed");
    ObjectNode config = a.putObject("sandbox_configuration");
    config.put("enable_internet", index % 3 != 0);
    config.put("command_line", index % 4 == 0 ? "/s" : "");
    ObjectNode pending = a.putObject("pending_stages");
    ObjectNode sandboxes = a.putObject("sandbox_status");
    for (String sandbox : SANDBOXES) {
      if (index < 2) {
        pending.put(sandbox, "Sandbox analysis from " + sandbox + " (queued)");
      }
      sandboxes.putObject(sandbox).put("status", index < 2 ? "enqueueing" : "finished");
    }
    return a;
  }

  private void put(String type, String id, JsonNode attributes) {
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    object.put("type", type);
    object.put("id", id);
    object.set("attributes", attributes);
    objects.get(type).put(id, object);
  }

  private void relate(
      String type, String id, String name, String targetType, List<String> ids, int from, int n) {
    for (int k = 0; k < n && !ids.isEmpty(); k++) {
      add(type, id, name, Ref.of(targetType, ids.get((from + k) % ids.size())));
    }
  }

  private void add(String type, String id, String name, Ref ref) {
    relations.computeIfAbsent(type + "/" + id + "/" + name, k -> new ArrayList<>()).add(ref);
  }

  private static String sha256(String text) {
    try {
      return Gen.hex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
