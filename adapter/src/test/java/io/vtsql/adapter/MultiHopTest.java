package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import io.vtsql.simulator.corpus.Corpus;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A pivot over three relationships, file → contacted domains → resolutions → IP → communicating
 * files: rows equal the corpus walk, and with the client cache on (it absorbs a parent repeated in
 * a later batch) the server sees one request per distinct parent and page.
 */
class MultiHopTest {
  private static VtSimulator sim;
  private static Connection conn;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().build());
    conn = VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of());
  }

  @AfterAll
  static void stop() throws Exception {
    conn.close();
    sim.close();
  }

  private static long pages(int targets) {
    return Math.max(1, (targets + 39) / 40);
  }

  @Test
  void fileToDomainsToResolutionsToIpsToFiles() throws Exception {
    final Corpus corpus = sim.corpus();
    final String f0 = corpus.ids("file").get(0);
    final List<String> expected = new ArrayList<>();
    final Set<String> domains = new LinkedHashSet<>();
    final Set<String> ips = new LinkedHashSet<>();
    long resolutionPages = 0;
    long filePages = 0;
    for (var d : corpus.related("file", f0, "contacted_domains")) {
      final String domain = d.get("id").asText();
      final var resolutions = corpus.related("domain", domain, "resolutions");
      if (domains.add(domain)) {
        resolutionPages += pages(resolutions.size());
      }
      for (var r : resolutions) {
        final String ip =
            corpus
                .find("resolution", r.get("id").asText())
                .orElseThrow()
                .at("/attributes/ip_address")
                .asText();
        final var files = corpus.related("ip_address", ip, "communicating_files");
        if (ips.add(ip)) {
          filePages += pages(files.size());
        }
        files.forEach(f -> expected.add(domain + " " + ip + " " + f.get("id").asText()));
      }
    }
    assertTrue(expected.size() > 100, "a real pivot: " + expected.size());
    final String sql =
        "select d.id, r.ip_address, c.id from file_contacted_domains d"
            + " join domain_resolutions r on r.domain_id = d.id"
            + " join ip_address_communicating_files c on c.ip_address_id = r.ip_address"
            + " where d.file_id = '"
            + f0
            + "'";
    VtConnections.clearCache(conn);
    sim.requests().reset();
    final List<String> actual =
        VtConnections.rows(conn, sql).stream()
            .map(row -> row.get(0) + " " + row.get(1) + " " + row.get(2))
            .sorted()
            .toList();
    assertEquals(expected.stream().sorted().toList(), actual);
    SimRequests.assertCount(
        1, () -> sim.requests().count("GET /files/{id}/relationships/{relationship}"));
    SimRequests.assertCount(
        resolutionPages, () -> sim.requests().count("GET /domains/{id}/{relationship}"));
    SimRequests.assertCount(
        filePages,
        () -> sim.requests().count("GET /ip_addresses/{id}/relationships/{relationship}"));
    SimRequests.assertCount(1 + resolutionPages + filePages, () -> sim.requests().total());
  }
}
