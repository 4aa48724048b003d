package io.vtsql.simulator.corpus.gen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.ObjectTypes;
import io.vtsql.simulator.corpus.Ref;
import io.vtsql.simulator.corpus.RelationStore;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Builds {@code file_behaviour} objects (protocol.md §9.7) that agree with the corpus: DNS lookups
 * name the file's contacted domains and resolve to their A records, IP traffic goes to its
 * contacted IPs, HTTP conversations fetch its contacted URLs, dropped files are its {@code
 * dropped_files}, the ATT&amp;CK techniques cited are its {@code related_attack_techniques}, and
 * Sigma / IDS / YARA matches are the file's own crowdsourced results.
 */
final class BehaviourFactory {

  private static final String[] SEVERITIES = {
    "IMPACT_SEVERITY_INFO", "IMPACT_SEVERITY_LOW", "IMPACT_SEVERITY_MEDIUM", "IMPACT_SEVERITY_HIGH"
  };
  private static final String[] BEHAVIOUR_TAGS = {
    "DETECT_DEBUG_ENVIRONMENT",
    "LONG_SLEEPS",
    "CHECKS_USER_INPUT",
    "DIRECT_CPU_CLOCK_ACCESS",
    "RUNTIME_MODULES",
    "PERSISTENCE",
    "SELF_DELETE",
    "OBFUSCATED"
  };

  private final long seed;
  private final RelationStore relations;
  private final CrowdsourcedRules rules;
  private final Function<String, ObjectNode> files;
  private final Map<String, Seeds.FileSeed> fileSeeds;
  private final Map<String, Seeds.DomainSeed> domains;

  /**
   * @param files materialises a file by sha256
   * @param fileSeeds file seeds by sha256 (for the types of dropped files)
   * @param domains domain seeds by name (for what their lookups resolve to)
   */
  BehaviourFactory(
      long seed,
      RelationStore relations,
      CrowdsourcedRules rules,
      Function<String, ObjectNode> files,
      Map<String, Seeds.FileSeed> fileSeeds,
      Map<String, Seeds.DomainSeed> domains) {
    this.seed = seed;
    this.relations = relations;
    this.rules = rules;
    this.files = files;
    this.fileSeeds = fileSeeds;
    this.domains = domains;
  }

  ObjectNode build(BehaviourWiring.BehaviourSeed b) {
    Seeds.FileSeed f = b.file();
    SplittableRandom rng =
        Gen.rng(seed, BehaviourWiring.SALT + 1, (long) f.index() * 31 + b.sandbox().hashCode());
    JsonNode fileAttributes = files.apply(f.sha256()).path("attributes");
    DetectionPlan plan = DetectionPlan.of(seed, f, fileAttributes, relations, rules);
    boolean windows = f.type().isPe();
    boolean evtx = BehaviourWiring.hasEvtx(b.sandbox());
    boolean pcap = BehaviourWiring.hasPcap(b.sandbox());

    ObjectNode object = JsonNodeFactory.instance.objectNode();
    object.put("type", "file_behaviour");
    object.put("id", b.id());
    object.putObject("links").put("self", ObjectTypes.selfLink("file_behaviour", b.id()));
    ObjectNode a = object.putObject("attributes");
    long first = fileAttributes.path("first_submission_date").asLong(Gen.EARLIEST);
    long analysis = Gen.date(rng, first, Math.min(Gen.REFERENCE, first + 86_400L * 30));
    a.put("sandbox_name", b.sandbox());
    a.put("analysis_date", analysis);
    a.put("last_modification_date", Gen.date(rng, analysis, Gen.REFERENCE));
    a.put("behash", Gen.hex(rng, 32));
    a.put("has_html_report", rng.nextBoolean());
    a.put("has_pcap", pcap);
    a.put("has_evtx", evtx);
    a.put("has_memdump", b.sandbox().equals("VirusTotal Jujubox"));
    ArrayNode verdicts = a.putArray("verdicts");
    plan.classification().forEach(verdicts::add);
    ArrayNode tags = a.putArray("tags");
    if (plan.malicious() > 0) {
      tags.add(BEHAVIOUR_TAGS[rng.nextInt(BEHAVIOUR_TAGS.length)]);
    }

    processes(rng, a, plan.samplePath(), windows, f.type() == FileType.APK);
    List<Ref> dropped = relations.get("file", f.sha256(), "dropped_files");
    filesTouched(a, plan.samplePath(), dropped, windows);
    if (windows) {
      ObjectNode run = a.putArray("registry_keys_set").addObject();
      run.put(
          "key",
          "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run\\"
              + fileAttributes.path("meaningful_name").asText("sample"));
      run.put("value", plan.samplePath());
      a.putArray("mutexes_created")
          .add("Global\\" + Gen.hex(rng, 16).toUpperCase(java.util.Locale.ROOT));
    }
    network(rng, a, f.sha256());
    techniques(rng, a, plan, f);
    ArrayNode signatures = a.putArray("signature_matches");
    for (CrowdsourcedRules.YaraRule r : plan.yara()) {
      ObjectNode s = signatures.addObject();
      s.put("format", "SIG_FORMAT_YARA");
      s.put("id", r.id());
      s.put("name", r.name());
      s.put("description", r.description());
      s.putArray("authors").add(r.author());
      s.put("rule_src", r.source());
    }
    if (evtx && !plan.sigma().isEmpty()) {
      ArrayNode sigma = a.putArray("sigma_analysis_results");
      plan.sigma().forEach(s -> sigma.add(plan.sigmaResult(s)));
    }
    if (pcap && !plan.ids().isEmpty()) {
      ArrayNode ids = a.putArray("ids_alerts");
      for (int i = 0; i < plan.ids().size(); i++) {
        ids.add(plan.idsResult(plan.ids().get(i), i));
      }
    }
    return object;
  }

  private static void processes(
      SplittableRandom rng, ObjectNode a, String sample, boolean windows, boolean android) {
    String child =
        windows ? "C:\\Windows\\System32\\cmd.exe" : android ? "/system/bin/sh" : "/bin/sh";
    String command =
        windows
            ? "cmd.exe /c ping 127.0.0.1 -n 3 & del \"" + sample + "\""
            : "/bin/sh -c \"chmod +x " + sample + "\"";
    int pid = 1000 + rng.nextInt(8000);
    ObjectNode root = a.putArray("processes_tree").addObject();
    root.put("process_id", Integer.toString(pid));
    root.put("name", sample);
    root.put("time_offset", 0);
    ObjectNode kid = root.putArray("children").addObject();
    kid.put("process_id", Integer.toString(pid + 4 + rng.nextInt(200)));
    kid.put("name", child);
    kid.put("time_offset", Gen.between(rng, 1, 30));
    a.putArray("processes_created").add(sample).add(child);
    a.putArray("command_executions").add("\"" + sample + "\"").add(command);
  }

  private void filesTouched(ObjectNode a, String sample, List<Ref> dropped, boolean windows) {
    String dir = windows ? "C:\\Users\\user\\AppData\\Roaming\\" : "/tmp/";
    ArrayNode written = a.putArray("files_written");
    ArrayNode droppedNode = a.putArray("files_dropped");
    for (Ref d : dropped) {
      Seeds.FileSeed child = fileSeeds.get(d.id());
      String path = dir + d.id().substring(0, 8) + "." + child.type().extension;
      written.add(path);
      ObjectNode entry = droppedNode.addObject();
      entry.put("path", path);
      entry.put("sha256", d.id());
      entry.put("type", child.type().tag);
    }
    a.putArray("files_deleted").add(sample);
  }

  private void network(SplittableRandom rng, ObjectNode a, String sha256) {
    ArrayNode dns = a.putArray("dns_lookups");
    for (Ref d : relations.get("file", sha256, "contacted_domains")) {
      ObjectNode lookup = dns.addObject();
      lookup.put("hostname", d.id());
      ArrayNode resolved = lookup.putArray("resolved_ips");
      Seeds.DomainSeed seedRecord = domains.get(d.id());
      if (seedRecord != null) {
        seedRecord.addresses().forEach(resolved::add);
      }
    }
    ArrayNode traffic = a.putArray("ip_traffic");
    for (Ref ip : relations.get("file", sha256, "contacted_ips")) {
      ObjectNode flow = traffic.addObject();
      flow.put("destination_ip", ip.id());
      flow.put("destination_port", rng.nextInt(4) == 0 ? 8080 : rng.nextBoolean() ? 443 : 80);
      flow.put("transport_layer_protocol", "TCP");
    }
    ArrayNode http = a.putArray("http_conversations");
    for (Ref u : relations.get("file", sha256, "contacted_urls")) {
      ObjectNode conversation = http.addObject();
      conversation.put(
          "url",
          u.contextAttributes() == null ? u.id() : u.contextAttributes().path("url").asText());
      conversation.put("request_method", rng.nextInt(3) == 0 ? "POST" : "GET");
      conversation.put("response_status_code", rng.nextInt(5) == 0 ? 404 : 200);
    }
  }

  /**
   * The file's own ATT&amp;CK techniques ({@link ThreatLandscape#fileTechniques}, its {@code
   * related_attack_techniques}), each cited by the signature that saw it.
   */
  private void techniques(
      SplittableRandom rng, ObjectNode a, DetectionPlan plan, Seeds.FileSeed f) {
    List<String> ids = ThreatLandscape.fileTechniques(seed, f);
    ArrayNode out = a.putArray("mitre_attack_techniques");
    for (String id : ids) {
      ObjectNode t = out.addObject();
      t.put("id", id);
      t.put("signature_description", AttackMatrix.technique(id).signature());
      t.put(
          "severity",
          plan.malicious() == 0
              ? SEVERITIES[0]
              : id.equals("T1486") ? SEVERITIES[3] : SEVERITIES[rng.nextInt(3)]);
    }
  }
}
