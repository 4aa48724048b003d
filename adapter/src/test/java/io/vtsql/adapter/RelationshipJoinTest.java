package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import io.vtsql.simulator.corpus.Corpus;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Relationship tables over the simulator's demo corpus: rows equal the corpus answer and the
 * requests are the minimum, one per distinct parent per 40 targets.
 */
class RelationshipJoinTest {
  private static final String FULL = "GET /%s/{id}/{relationship}";
  private static final String DESCRIPTORS = "GET /%s/{id}/relationships/{relationship}";

  private static VtSimulator sim;
  private static Corpus corpus;
  private static Connection conn;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().build());
    corpus = sim.corpus();
    conn = VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of("cache", "false"));
  }

  @AfterAll
  static void stop() throws Exception {
    conn.close();
    sim.close();
  }

  @BeforeEach
  void reset() throws Exception {
    VtConnections.clearCache(conn);
    sim.requests().reset();
  }

  private static List<String> related(String type, String id, String relationship) {
    return corpus.related(type, id, relationship).stream()
        .map(d -> d.get("id").asText())
        .collect(Collectors.toList());
  }

  private static long pages(int targets) {
    return Math.max(1, (targets + 39) / 40);
  }

  private static String quoted(List<String> ids) {
    return ids.stream().map(i -> "'" + i + "'").collect(Collectors.joining(", "));
  }

  @Test
  void fileDroppedFilesDriveContactedDomainsThroughBatchJoin() throws Exception {
    final String f0 = corpus.ids("file").get(0);
    final List<String> dropped = related("file", f0, "dropped_files");
    assertTrue(dropped.size() > 40, "the first file drops 45 files");
    final List<List<Object>> expected = new ArrayList<>();
    long childPages = 0;
    for (String child : dropped.stream().distinct().toList()) {
      final List<String> domains = related("file", child, "contacted_domains");
      domains.forEach(d -> expected.add(List.of(child, d)));
      childPages += pages(domains.size());
    }
    final String sql =
        "select d.id, r.id from file_dropped_files d"
            + " join file_contacted_domains r on r.file_id = d.id where d.file_id = '"
            + f0
            + "'";
    assertTrue(VtConnections.explain(conn, sql).contains("EnumerableBatchNestedLoopJoin"));
    sim.requests().reset();
    assertEquals(expected, VtConnections.rows(conn, sql));
    SimRequests.assertCount(
        pages(dropped.size()) + childPages,
        () -> sim.requests().count(String.format(DESCRIPTORS, "files")));
    SimRequests.assertCount(pages(dropped.size()) + childPages, () -> sim.requests().total());
  }

  @Test
  void transitivePredicateGivesParentsToTheRelationship() throws Exception {
    final String f0 = corpus.ids("file").get(0);
    final List<List<Object>> expected =
        related("file", f0, "contacted_domains").stream().map(d -> List.<Object>of(f0, d)).toList();
    assertEquals(
        expected,
        VtConnections.rows(
            conn,
            "select f.id, r.id from files f"
                + " join file_contacted_domains r on r.file_id = f.id where f.id = '"
                + f0
                + "'"));
    SimRequests.assertCount(1, () -> sim.requests().count(String.format(DESCRIPTORS, "files")));
    SimRequests.assertCount(1, () -> sim.requests().count("GET /files/{id}"));
    SimRequests.assertCount(2, () -> sim.requests().total());
  }

  @Test
  void ipCommunicatingFilesPageLazilyWithFullObjects() throws Exception {
    final String ip0 = corpus.ids("ip_address").get(0);
    final List<String> files = related("ip_address", ip0, "communicating_files");
    assertTrue(files.size() > 80, "the first IP has about 125 communicating files");
    final List<List<Object>> expected = new ArrayList<>();
    for (String f : files) {
      final ObjectNode file = corpus.find("file", f).orElseThrow();
      expected.add(List.of(ip0, f, file.at("/attributes/last_analysis_stats/malicious").asInt()));
    }
    assertEquals(
        expected,
        VtConnections.rows(
            conn,
            "select ip_address_id, id, malicious"
                + " from ip_address_communicating_files where ip_address_id = '"
                + ip0
                + "'"));
    SimRequests.assertCount(
        pages(files.size()), () -> sim.requests().count(String.format(FULL, "ip_addresses")));
    SimRequests.assertCount(pages(files.size()), () -> sim.requests().total());

    // A LIMIT stops paging: one page serves the first 10 rows.
    VtConnections.clearCache(conn);
    sim.requests().reset();
    assertEquals(
        expected.subList(0, 10),
        VtConnections.rows(
            conn,
            "select ip_address_id, id,"
                + " malicious from ip_address_communicating_files where ip_address_id = '"
                + ip0
                + "' limit 10"));
    SimRequests.assertCount(1, () -> sim.requests().total());
  }

  @Test
  void domainResolutionsForSeveralParentsInParentOrder() throws Exception {
    // An IN list reaches the scan as a sorted search argument: parents come in id order.
    final List<String> domains = corpus.ids("domain").subList(0, 6).stream().sorted().toList();
    final List<List<Object>> expected = new ArrayList<>();
    long requests = 0;
    for (String d : domains) {
      final List<String> resolutions = related("domain", d, "resolutions");
      for (String r : resolutions) {
        final ObjectNode res = corpus.find("resolution", r).orElseThrow();
        expected.add(
            List.of(
                d,
                r,
                res.at("/attributes/ip_address").asText(),
                res.at("/attributes/resolver").asText()));
      }
      requests += pages(resolutions.size());
    }
    // Duplicated parents are asked for once.
    final String in = quoted(domains) + ", " + quoted(domains.subList(0, 2));
    assertEquals(
        expected,
        VtConnections.rows(
            conn,
            "select domain_id, id, ip_address,"
                + " resolver from domain_resolutions where domain_id in ("
                + in
                + ")"));
    SimRequests.assertCount(requests, () -> sim.requests().count(String.format(FULL, "domains")));
    SimRequests.assertCount(requests, () -> sim.requests().total());
  }

  @Test
  void filtersOnTargetColumnsStayExact() throws Exception {
    final String d0 = corpus.ids("domain").get(0);
    final List<String> expected = new ArrayList<>();
    for (String r : related("domain", d0, "resolutions")) {
      final String ip =
          corpus.find("resolution", r).orElseThrow().at("/attributes/ip_address").asText();
      if (ip.compareTo("100") < 0) {
        expected.add(r);
      }
    }
    final List<String> actual =
        VtConnections.rows(
                conn,
                "select id from domain_resolutions"
                    + " where domain_id = '"
                    + d0
                    + "' and ip_address < '100'")
            .stream()
            .map(row -> (String) row.get(0))
            .toList();
    assertEquals(expected, actual);
  }

  @Test
  void urlSubmissionsAndOneToOneRelationships() throws Exception {
    final String u0 = corpus.ids("url").get(0);
    final List<String> submissions = related("url", u0, "submissions");
    assertEquals(
        submissions,
        VtConnections.rows(conn, "select id from url_submissions" + " where url_id = '" + u0 + "'")
            .stream()
            .map(r -> (String) r.get(0))
            .toList());
    SimRequests.assertCount(pages(submissions.size()), () -> sim.requests().total());

    final List<String> urls = corpus.ids("url").subList(0, 8).stream().sorted().toList();
    final List<List<Object>> expected = new ArrayList<>();
    for (String u : urls) {
      for (ObjectNode d : corpus.related("url", u, "network_location")) {
        expected.add(List.of(u, d.get("type").asText(), d.get("id").asText()));
      }
    }
    assertEquals(urls.size(), expected.size(), "every url has a network location");
    VtConnections.clearCache(conn);
    sim.requests().reset();
    assertEquals(
        expected,
        VtConnections.rows(
            conn,
            "select url_id, target_type, target_id"
                + " from url_network_location where url_id in ("
                + quoted(urls)
                + ")"));
    SimRequests.assertCount(
        urls.size(), () -> sim.requests().count(String.format(DESCRIPTORS, "urls")));
    SimRequests.assertCount(urls.size(), () -> sim.requests().total());

    final List<List<Object>> serving = new ArrayList<>();
    for (String u : urls) {
      for (ObjectNode d : corpus.related("url", u, "last_serving_ip_address")) {
        final ObjectNode ip = corpus.find("ip_address", d.get("id").asText()).orElseThrow();
        serving.add(List.of(u, ip.get("id").asText(), ip.at("/attributes/country").asText()));
      }
    }
    assertEquals(
        serving,
        VtConnections.rows(
            conn,
            "select url_id, id, country"
                + " from url_last_serving_ip_address where url_id in ("
                + quoted(urls)
                + ")"));
  }

  @Test
  void unknownParentHasNoRows() throws Exception {
    assertEquals(
        List.of(),
        VtConnections.rows(
            conn,
            "select * from domain_resolutions" + " where domain_id = 'no-such-domain.invalid'"));
    SimRequests.assertCount(1, () -> sim.requests().total());
  }

  @Test
  void subdomainsAreCappedAtOneHundred() throws Exception {
    final String d1 = corpus.ids("domain").get(1);
    // the simulator serves at most 100 subdomains, as VirusTotal did until 2024
    assertEquals(
        100,
        VtConnections.rows(conn, "select id from domain_subdomains where domain_id = '" + d1 + "'")
            .size());
    SimRequests.assertCount(3, () -> sim.requests().total());
  }

  @Test
  void joinConditionAcrossBothSidesStillGivesParents() throws Exception {
    final String domain = corpus.ids("domain").get(0);
    final String join =
        " FROM domain_resolutions r JOIN ip_address_communicating_files cf"
            + " ON cf.ip_address_id = r.ip_address WHERE r.domain_id = '"
            + domain
            + "'";
    final List<List<Object>> expected = new ArrayList<>();
    for (List<Object> row :
        VtConnections.rows(
            conn, "SELECT r.ip_address, cf.id," + " cf.malicious, r.ip_address_malicious" + join)) {
      if (row.get(2) != null
          && row.get(3) != null
          && ((Number) row.get(2)).intValue() > ((Number) row.get(3)).intValue()) {
        expected.add(List.of(row.get(0), row.get(1)));
      }
    }
    assertTrue(!expected.isEmpty(), "some files are more detected than their IP address");
    final List<List<Object>> rows =
        VtConnections.rows(
            conn,
            "SELECT r.ip_address, cf.id" + join + " AND cf.malicious > r.ip_address_malicious");
    final Comparator<List<Object>> byText = Comparator.comparing(Object::toString);
    expected.sort(byText);
    rows.sort(byText);
    assertEquals(expected, rows);
  }
}
