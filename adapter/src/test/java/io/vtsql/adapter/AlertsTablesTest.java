package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.RequestRecord;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import io.vtsql.simulator.corpus.gen.AlertData;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code alert_assets} and {@code alert_notifications} against the default demo corpus: the key's
 * own lists read whole with {@code limit} and {@code cursor} only (the docs name no filter, order
 * or lookup by id), WHERE and ORDER BY applied locally with the same rows with pushdown on and off,
 * and a public tier refused before any request. Expected rows come from the simulator's own data.
 */
class AlertsTablesTest {
  private static VtSimulator sim;
  private static Connection conn;
  private static List<ObjectNode> assets;
  private static List<ObjectNode> notifications;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().build());
    conn = VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of("cache", "false"));
    assets = AlertData.assets(sim.corpus());
    notifications = AlertData.notifications(sim.corpus());
  }

  @AfterAll
  static void stop() throws SQLException {
    conn.close();
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.requests().reset();
  }

  private static List<List<Object>> rows(String sql) throws SQLException {
    return VtConnections.rows(conn, sql);
  }

  /** The query strings sent, in order. */
  private static List<String> sent() {
    return sim.requests().records().stream().map(RequestRecord::query).toList();
  }

  @Test
  void assetsAreReadWholeInOneRequest() throws Exception {
    final List<List<Object>> expected = new ArrayList<>();
    for (ObjectNode o : assets) {
      final JsonNode a = o.get("attributes");
      expected.add(
          Arrays.asList(
              o.get("id").asText(),
              a.get("asset_type").asText(),
              a.get("value").asText(),
              new Timestamp(a.get("creation_date").asLong() * 1000),
              new Timestamp(a.get("last_modification_date").asLong() * 1000)));
    }
    assertEquals(
        expected,
        rows(
            "SELECT id, asset_type, \"value\", creation_date, last_modification_date"
                + " FROM alert_assets ORDER BY creation_date"));
    SimRequests.assertCount(1, () -> sim.requests().count("GET /alerts/assets"));
    assertEquals(List.of("limit=40"), sent());
    sim.requests().reset();
    assertEquals(
        List.of(List.of("ACME Corp", 1L)),
        rows(
            "SELECT JSON_VALUE(asset_info, '$.brand.names[0]'),"
                + " CAST(JSON_VALUE(asset_info, 'lax $.brand.domains.size()') AS BIGINT)"
                + " FROM alert_assets WHERE asset_type = 'brand'"));
    SimRequests.assertCount(1, () -> sim.requests().total());
  }

  @Test
  void notificationsAreReadWholeAndFilteredLocally() throws Exception {
    final List<List<Object>> expected =
        notifications.stream()
            .filter(n -> n.at("/attributes/event_severity").asText().equals("high"))
            .filter(n -> !n.at("/attributes/is_read").asBoolean())
            .sorted(Comparator.comparing((ObjectNode n) -> n.get("id").asText()))
            .map(
                n ->
                    List.<Object>of(
                        n.get("id").asText(),
                        new Timestamp(
                            Instant.parse(n.at("/attributes/created").asText()).toEpochMilli()),
                        n.at("/attributes/detection_category").asText()))
            .toList();
    assertFalse(expected.isEmpty());
    assertEquals(
        expected,
        rows(
            "SELECT id, created, detection_category FROM alert_notifications"
                + " WHERE event_severity = 'high' AND NOT is_read ORDER BY id"));
    // 47 notifications: two pages, no filter or order sent
    SimRequests.assertCount(2, () -> sim.requests().count("GET /alerts/notifications"));
    assertEquals("limit=40", sent().get(0));
  }

  @Test
  void pagesFollowTheCursor() throws Exception {
    assertTrue(notifications.size() > 40, "one page only: " + notifications.size());
    assertEquals(
        notifications.stream().map(n -> List.<Object>of(n.get("id").asText())).toList(),
        rows("SELECT id FROM alert_notifications"));
    SimRequests.assertCount(2, () -> sim.requests().count("GET /alerts/notifications"));
    assertEquals("limit=40", sent().get(0));
    assertTrue(sent().get(1).startsWith("cursor="), sent().get(1));
    sim.requests().reset();
    final List<List<Object>> newest =
        notifications.stream().limit(3).map(n -> List.<Object>of(n.get("id").asText())).toList();
    assertEquals(newest, rows("SELECT id FROM alert_notifications ORDER BY created DESC LIMIT 3"));
    SimRequests.assertCount(2, () -> sim.requests().total());
  }

  @Test
  void pushdownOnAndOffGiveTheSameRowsAndNothingIsPushed() throws Exception {
    try (Connection pushed = VtConnections.open(sim.baseUrl(), sim.premiumKey(), true, 100);
        Connection oracle = VtConnections.open(sim.baseUrl(), sim.premiumKey(), false, 100)) {
      for (String sql :
          List.of(
              "SELECT id, event_severity, created FROM alert_notifications"
                  + " WHERE event_severity IN ('high', 'medium') AND is_read = FALSE"
                  + " ORDER BY created DESC, id",
              "SELECT id, detection_category FROM alert_notifications"
                  + " WHERE use_case_category = 'CORPORATE_INFRASTRUCTURE_ABUSE'"
                  + " OR created < TIMESTAMP '2025-12-25 00:00:00' ORDER BY detection_category, id"
                  + " LIMIT 4",
              "SELECT id, \"value\" FROM alert_assets WHERE asset_type <> 'brand'"
                  + " AND last_modification_date > creation_date ORDER BY \"value\" DESC")) {
        final List<List<Object>> expected = VtConnections.rows(oracle, sql);
        assertFalse(expected.isEmpty(), sql);
        assertEquals(expected, VtConnections.rows(pushed, sql), sql);
      }
    }
    assertTrue(
        sent().stream().noneMatch(q -> q.contains("filter=") || q.contains("order=")),
        sent().toString());
  }

  @Test
  void aPublicTierIsRefusedBeforeAnyRequest() throws Exception {
    try (Connection pub =
        VtConnections.open(
            sim.baseUrl(), sim.publicKey(), Map.of("cache", "false", "tier", "public"))) {
      for (String sql :
          List.of(
              "SELECT id FROM alert_assets",
              "SELECT id FROM alert_notifications WHERE event_severity = 'high' LIMIT 1")) {
        sim.requests().reset();
        final SQLException e = assertThrows(SQLException.class, () -> VtConnections.rows(pub, sql));
        assertEquals("42501", e.getSQLState(), sql);
        assertTrue(message(e).contains("premium"), message(e));
        assertTrue(message(e).contains("tier=public"), message(e));
        assertFalse(message(e).contains(sim.publicKey()), "the key never shows");
        SimRequests.assertCount(0, () -> sim.requests().total());
      }
    }
  }

  @Test
  void otherAccountsHaveNoWatchlist() throws Exception {
    try (Connection basic =
        VtConnections.open(sim.baseUrl(), sim.basicKey(), Map.of("cache", "false"))) {
      assertEquals(List.of(), VtConnections.rows(basic, "SELECT id FROM alert_notifications"));
      assertEquals(List.of(), VtConnections.rows(basic, "SELECT id FROM alert_assets"));
    }
    SimRequests.assertCount(2, () -> sim.requests().total());
  }

  /** The message of the exception and its causes. */
  private static String message(Throwable t) {
    final StringBuilder m = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      m.append(c.getMessage()).append(" | ");
    }
    return m.toString();
  }
}
