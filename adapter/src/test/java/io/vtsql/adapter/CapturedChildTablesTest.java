package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The child tables and certificate columns read the real VirusTotal objects of the shared captures
 * (served by the simulator's {@code --corpus}) without failing, with the values and types the
 * captures hold (expected values copied from the capture files).
 */
class CapturedChildTablesTest {
  private static final String DLL =
      "f568a0362c238ebbadca53fd4307dac2fe209ddc6257fd300379ebc3c10261e9";
  private static final String MALFORMED =
      "fff40032c3dc062147c530e3a0a5c7e6acda4d1f1369fbc994cddd3c19a2de88";
  private static VtSimulator sim;
  private static Connection conn;

  @BeforeAll
  static void start() throws Exception {
    final Path captures =
        Path.of(System.getProperty("vtsql.captures", "../../shared/vt-api/captures"));
    assumeTrue(Files.isDirectory(captures), "captures folder absent: " + captures);
    sim = VtSimulator.start(SimulatorConfig.builder().corpusDir(captures).build());
    conn = VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of());
  }

  @AfterAll
  static void stop() throws Exception {
    if (sim != null) {
      conn.close();
      sim.close();
    }
  }

  private static List<List<Object>> rows(String sql) throws Exception {
    return VtConnections.rows(conn, sql);
  }

  @Test
  void peSectionsAndImportsOfARealDll() throws Exception {
    assertEquals(
        List.of(List.of(".text", 6.43, 1341024.25, 192512L, "rx")),
        rows(
            "select name, entropy, chi2, raw_size, flags from file_pe_info_sections"
                + " where file_id = '"
                + DLL
                + "' and name = '.text'"));
    assertEquals(
        List.of(List.of(6L, 8L)),
        rows(
            "select (select count(*) from"
                + " file_pe_info_sections where file_id = '"
                + DLL
                + "'), (select count(*) from"
                + " file_pe_info_import_list where file_id = '"
                + DLL
                + "')"));
    assertEquals(
        "KERNEL32.dll",
        rows("select library_name from file_pe_info_import_list" + " where file_id = '" + DLL + "'")
            .get(0)
            .get(0));
  }

  @Test
  void sigmaMatchesAndSandboxVerdictsOfARealDll() throws Exception {
    assertEquals(
        List.of(List.of("Process Creation Using Sysnative Folder", "medium")),
        rows(
            "select rule_title, rule_level from file_sigma_analysis_results"
                + " where file_id = '"
                + DLL
                + "' and rule_id like '1dfbc92a%'"));
    assertEquals(
        List.of(List.of("Zenbox", "harmless", 3, List.of("CLEAN"))),
        rows(
            "select sandbox, category, confidence, malware_classification"
                + " from file_sandbox_verdicts where file_id = '"
                + DLL
                + "'"));
  }

  @Test
  void popularThreatClassification() throws Exception {
    assertEquals(
        List.of(List.of("malformed", 2)),
        rows(
            "select \"value\", \"count\" from"
                + " file_popular_threat_classification_popular_threat_name"
                + " where file_id = '"
                + MALFORMED
                + "'"));
    assertEquals(
        List.of(List.of("trojan", 14)),
        rows(
            "select \"value\", \"count\" from"
                + " file_popular_threat_classification_popular_threat_category"
                + " where file_id = '"
                + MALFORMED
                + "'"));
  }

  @Test
  void domainRecordsCategoriesAndRanks() throws Exception {
    assertEquals(
        List.of(
            Arrays.asList(
                "SOA", "ns1.digitalocean.com", 1800, null, "hostmaster.haiku-os.org", 1728704254L)),
        rows(
            "select type, \"value\", ttl, priority, rname, serial from"
                + " domain_last_dns_records where domain_id = 'haiku-os.org' and type = 'SOA'"));
    assertEquals(
        List.of(List.of("mx.ams3.haiku-os.org", 10)),
        rows(
            "select \"value\","
                + " priority from domain_last_dns_records where domain_id = 'haiku-os.org'"
                + " and type = 'MX'"));
    assertEquals(
        List.of(List.of("Sophos", "search engines")),
        rows(
            "select engine, category"
                + " from domain_categories where domain_id = 'google.com' and engine = 'Sophos'"));
    assertEquals(
        List.of(), rows("select * from domain_categories" + " where domain_id = 'haiku-os.org'"));
    assertEquals(
        List.of(List.of("Majestic", 29764)),
        rows(
            "select ranker, \"rank\" from"
                + " domain_popularity_ranks where domain_id = 'haiku-os.org' and ranker = 'Majestic'"));
  }

  @Test
  void certificateColumnsOfRealDomainsAndAddresses() throws Exception {
    final List<List<Object>> haiku =
        rows(
            "select https_certificate_subject_cn,"
                + " https_certificate_issuer_cn, https_certificate_issuer_o,"
                + " cast(https_certificate_not_before as varchar),"
                + " cast(https_certificate_not_after as varchar), https_certificate_thumbprint,"
                + " https_certificate_subject_alternative_names from domains where id = 'haiku-os.org'");
    assertEquals(
        List.of(
            List.of(
                "haiku-os.org",
                "R11",
                "Let's Encrypt",
                "2025-02-13 02:46:40",
                "2025-05-14 02:46:39",
                "71be4b53743d3dd5b9d5648336ea1e1fca0d1ae6",
                List.of("haiku-os.org"))),
        haiku);
    final List<List<Object>> ip =
        rows(
            "select https_certificate_subject_cn,"
                + " https_certificate_not_after, last_https_certificate_date from ip_addresses"
                + " where id = '1.1.1.1'");
    assertEquals("cloudflare-dns.com", ip.get(0).get(0));
    assertNotNull((Timestamp) ip.get(0).get(1));
    assertNotNull((Timestamp) ip.get(0).get(2));
  }
}
