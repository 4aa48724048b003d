package io.vtsql.simulator.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.gen.CorpusGenerator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generated sandbox reports and crowdsourced results agree with the rest of the corpus. */
class DetectionCorpusTest {

  private static final Corpus CORPUS = CorpusGenerator.generate(42, 2000);
  private static final Set<String> EXECUTABLES = Set.of("peexe", "pedll", "elf", "apk");

  @Test
  void mostExecutablesAndNoDocumentsHaveOneToThreeSandboxReports() {
    int executables = 0;
    int withReports = 0;
    for (ObjectNode file : CORPUS.all("file")) {
      String id = file.get("id").asText();
      int reports = CORPUS.relatedRefs("file", id, "behaviours").size();
      boolean executable = EXECUTABLES.contains(file.get("attributes").get("type_tag").asText());
      if (!executable) {
        assertEquals(0, reports, id);
        continue;
      }
      executables++;
      if (reports > 0) {
        withReports++;
        assertTrue(reports <= 3, id);
      }
    }
    assertTrue(
        withReports > executables * 6 / 10 && withReports < executables,
        withReports + " of " + executables);
    assertEquals(3, CORPUS.relatedRefs("file", CORPUS.ids("file").get(0), "behaviours").size());
  }

  @Test
  void reportsNameOnlyWhatTheFileContactsAndDrops() {
    int checked = 0;
    for (String reportId : CORPUS.ids("file_behaviour")) {
      String sha256 = reportId.substring(0, 64);
      JsonNode a = CORPUS.find("file_behaviour", reportId).orElseThrow().get("attributes");
      assertEquals(reportId, sha256 + "_" + a.get("sandbox_name").asText());
      Set<String> domains = ids("contacted_domains", sha256);
      for (JsonNode lookup : a.get("dns_lookups")) {
        String host = lookup.get("hostname").asText();
        assertTrue(domains.contains(host), reportId + " looked up " + host);
        Set<String> records = new HashSet<>();
        CORPUS
            .find("domain", host)
            .orElseThrow()
            .get("attributes")
            .get("last_dns_records")
            .forEach(
                r -> {
                  if (r.get("type").asText().equals("A")) {
                    records.add(r.get("value").asText());
                  }
                });
        lookup.get("resolved_ips").forEach(ip -> assertTrue(records.contains(ip.asText())));
      }
      Set<String> ips = ids("contacted_ips", sha256);
      a.get("ip_traffic")
          .forEach(t -> assertTrue(ips.contains(t.get("destination_ip").asText()), reportId));
      Set<String> dropped = ids("dropped_files", sha256);
      assertEquals(dropped.size(), a.get("files_dropped").size(), reportId);
      a.get("files_dropped")
          .forEach(
              d -> {
                assertTrue(dropped.contains(d.get("sha256").asText()), reportId);
                assertEquals(
                    CORPUS
                        .find("file", d.get("sha256").asText())
                        .orElseThrow()
                        .get("attributes")
                        .get("type_tag")
                        .asText(),
                    d.get("type").asText());
              });
      Set<String> urls = new HashSet<>();
      CORPUS
          .relatedRefs("file", sha256, "contacted_urls")
          .forEach(r -> urls.add(r.contextAttributes().get("url").asText()));
      a.get("http_conversations")
          .forEach(h -> assertTrue(urls.contains(h.get("url").asText()), reportId));
      Set<String> cited = new HashSet<>();
      for (JsonNode t : a.get("mitre_attack_techniques")) {
        cited.add(t.get("id").asText());
        assertTrue(CORPUS.find("attack_technique", t.get("id").asText()).isPresent(), t.toString());
        assertTrue(t.get("severity").asText().startsWith("IMPACT_SEVERITY_"));
      }
      assertEquals(
          ids("related_attack_techniques", sha256),
          cited,
          reportId + " cites exactly the file's related_attack_techniques");
      checked++;
    }
    assertTrue(checked > 300, "reports checked: " + checked);
    JsonNode first =
        CORPUS
            .find(
                "file_behaviour",
                CORPUS.relatedRefs("file", CORPUS.ids("file").get(0), "behaviours").get(0).id())
            .orElseThrow()
            .get("attributes");
    assertEquals(45, first.get("files_dropped").size());
    assertFalse(first.get("dns_lookups").isEmpty());
  }

  @Test
  void crowdsourcedResultsCiteRulesThatResolve() {
    int yara = 0;
    int sigma = 0;
    int ids = 0;
    for (ObjectNode file : CORPUS.all("file")) {
      JsonNode a = file.get("attributes");
      for (JsonNode r : a.path("crowdsourced_yara_results")) {
        JsonNode set =
            CORPUS
                .find("yara_ruleset", r.get("ruleset_id").asText())
                .orElseThrow()
                .get("attributes");
        assertEquals(set.get("name").asText(), r.get("ruleset_name").asText());
        assertEquals(set.get("source").asText(), r.get("source").asText());
        JsonNode rule =
            CORPUS
                .find("yara_rule", r.get("ruleset_id").asText() + "|" + r.get("rule_name").asText())
                .orElseThrow()
                .get("attributes");
        assertEquals(rule.get("author").asText(), r.get("author").asText());
        assertTrue(set.get("rules").asText().contains("rule " + r.get("rule_name").asText()));
        yara++;
      }
      List<String> levels = new ArrayList<>();
      for (JsonNode r : a.path("sigma_analysis_results")) {
        JsonNode rule =
            CORPUS.find("sigma_rule", r.get("rule_id").asText()).orElseThrow().get("attributes");
        assertEquals(rule.get("title").asText(), r.get("rule_title").asText());
        assertEquals(rule.get("level").asText(), r.get("rule_level").asText());
        assertTrue(r.get("match_context").get(0).has("values"));
        levels.add(r.get("rule_level").asText());
        sigma++;
      }
      if (!levels.isEmpty()) {
        for (String level : List.of("critical", "high", "medium", "low")) {
          assertEquals(
              levels.stream().filter(level::equals).count(),
              a.get("sigma_analysis_stats").get(level).asLong());
        }
      }
      Set<String> ips = ids("contacted_ips", file.get("id").asText());
      for (JsonNode r : a.path("crowdsourced_ids_results")) {
        assertTrue(r.get("rule_id").asText().matches("1:[0-9]+"));
        r.get("alert_context").forEach(c -> assertTrue(ips.contains(c.get("dest_ip").asText())));
        ids++;
      }
    }
    assertTrue(yara > 500 && sigma > 100 && ids > 100, yara + " " + sigma + " " + ids);
  }

  @Test
  void sandboxVerdictsAreThoseOfTheFilesReports() {
    for (ObjectNode file : CORPUS.all("file")) {
      String id = file.get("id").asText();
      Set<String> sandboxes = new HashSet<>();
      CORPUS
          .relatedRefs("file", id, "behaviours")
          .forEach(r -> sandboxes.add(r.id().substring(65)));
      JsonNode verdicts = file.get("attributes").path("sandbox_verdicts");
      Set<String> named = new HashSet<>();
      verdicts.fieldNames().forEachRemaining(named::add);
      assertEquals(sandboxes, named, id);
      verdicts.forEach(
          v -> {
            assertTrue(
                Set.of("malicious", "suspicious", "harmless").contains(v.get("category").asText()));
            assertTrue(v.get("malware_classification").isArray());
          });
    }
  }

  @Test
  void peFilesHaveSectionsWithChi2AndImports() {
    int pe = 0;
    for (ObjectNode file : CORPUS.all("file")) {
      JsonNode info = file.get("attributes").path("pe_info");
      if (info.isMissingNode()) {
        continue;
      }
      pe++;
      info.get("sections")
          .forEach(
              s -> {
                for (String key :
                    List.of(
                        "name",
                        "virtual_address",
                        "virtual_size",
                        "raw_size",
                        "entropy",
                        "md5",
                        "chi2")) {
                  assertTrue(s.has(key), key);
                }
              });
      assertEquals("KERNEL32.dll", info.get("import_list").get(0).get("library_name").asText());
      assertTrue(info.get("import_list").get(0).get("imported_functions").size() > 0);
    }
    assertTrue(pe > 500);
  }

  @Test
  void domainsAndAddressesCarryCertificatesLikeTheCapture() {
    int with = 0;
    for (String type : List.of("domain", "ip_address")) {
      for (ObjectNode object : CORPUS.all(type)) {
        JsonNode cert = object.get("attributes").path("last_https_certificate");
        if (cert.isMissingNode()) {
          continue;
        }
        with++;
        assertEquals(object.get("id").asText(), cert.get("subject").get("CN").asText());
        assertTrue(cert.get("issuer").has("CN"));
        assertTrue(
            cert.get("validity")
                .get("not_before")
                .asText()
                .matches("[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}"));
        assertTrue(
            cert.get("validity")
                    .get("not_before")
                    .asText()
                    .compareTo(cert.get("validity").get("not_after").asText())
                < 0);
        assertEquals(64, cert.get("thumbprint_sha256").asText().length());
        assertTrue(cert.get("cert_signature").has("signature_algorithm"));
        assertTrue(cert.has("serial_number"));
        assertTrue(object.get("attributes").has("last_https_certificate_date"));
      }
    }
    assertTrue(with > 300, "objects with a certificate: " + with);
  }

  @Test
  void sameSeedSameReportsAndRulesOtherSeedOtherRules() {
    Corpus again = CorpusGenerator.generate(42, 2000);
    for (String type : List.of("file_behaviour", "yara_ruleset", "yara_rule", "sigma_rule")) {
      assertEquals(CORPUS.ids(type), again.ids(type), type);
      for (String id : CORPUS.ids(type).subList(0, 3)) {
        assertEquals(CORPUS.find(type, id), again.find(type, id), type + " " + id);
      }
    }
    String file = CORPUS.ids("file").get(0);
    assertEquals(CORPUS.find("file", file), again.find("file", file));
    Corpus other = CorpusGenerator.generate(43, 200);
    assertNotEquals(CORPUS.ids("yara_ruleset"), other.ids("yara_ruleset"));
    assertEquals(CORPUS.ids("yara_rule").size(), other.ids("yara_rule").size());
  }

  private static Set<String> ids(String relationship, String sha256) {
    Set<String> out = new HashSet<>();
    CORPUS.relatedRefs("file", sha256, relationship).forEach(r -> out.add(r.id()));
    return out;
  }
}
