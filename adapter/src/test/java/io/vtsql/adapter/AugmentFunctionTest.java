package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code vt_augment_url(ioc)}: one {@code GET /widget/url?query=} per IoC (none again while the
 * response cache holds it, none for NULL), VirusTotal's widget URL returned as it is, without the
 * API key; an IoC VirusTotal does not know gives NULL.
 */
class AugmentFunctionTest {
  private static VtSimulator sim;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().build());
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.requests().reset();
  }

  @Test
  void widgetUrlOfAnIocIsOneCachedRequestWithoutTheKey() throws Exception {
    final String file = sim.corpus().ids("file").get(0);
    try (Connection conn =
        VtConnections.open(sim.baseUrl(), sim.publicKey(), Map.of("tier", "public"))) {
      final Object url =
          VtConnections.rows(conn, "SELECT vt_augment_url('" + file + "')").get(0).get(0);
      assertTrue(
          ((String) url).startsWith("https://www.virustotal.com/ui/widget/html/"), (String) url);
      assertFalse(((String) url).contains(sim.publicKey()), "the key never shows");
      SimRequests.assertCount(1, () -> sim.requests().count("GET /widget/url"));
      assertTrue(sim.requests().records().get(0).query().contains("query=" + file));
      assertEquals(
          List.of(List.of(url)), VtConnections.rows(conn, "SELECT vt_augment_url('" + file + "')"));
      SimRequests.assertCount(1, () -> sim.requests().total());
      assertNull(
          VtConnections.rows(conn, "SELECT vt_augment_url(CAST(NULL AS VARCHAR))").get(0).get(0));
      SimRequests.assertCount(1, () -> sim.requests().total());
    }
  }

  @Test
  void overAColumnAndForUnknownIocs() throws Exception {
    final List<String> domains = sim.corpus().ids("domain").subList(0, 2);
    try (Connection conn =
        VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of("cache", "false"))) {
      final List<List<Object>> rows =
          VtConnections.rows(
              conn,
              "SELECT id, vt_augment_url(id) FROM domains WHERE id IN ('"
                  + domains.get(0)
                  + "', '"
                  + domains.get(1)
                  + "') ORDER BY id");
      assertEquals(2, rows.size());
      rows.forEach(r -> assertTrue(((String) r.get(1)).contains("/ui/widget/html/"), r.toString()));
      SimRequests.assertCount(2, () -> sim.requests().count("GET /widget/url"));
      assertNull(
          VtConnections.rows(conn, "SELECT vt_augment_url('nobody-knows-this.example')")
              .get(0)
              .get(0));
    }
  }
}
