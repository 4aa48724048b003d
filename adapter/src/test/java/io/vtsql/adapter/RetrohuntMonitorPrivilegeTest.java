package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import io.vtsql.simulator.corpus.gen.MonitorData;
import io.vtsql.simulator.corpus.gen.RetrohuntData;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Retrohunt and Monitor tables need their licences: with {@code licences} leaving them out,
 * every statement (scan, lookup, relationship and child table) fails before any request naming the
 * licence; with a key VirusTotal refuses (the simulator's basic key), its 403 becomes one line that
 * names the licence.
 */
class RetrohuntMonitorPrivilegeTest {
  private static VtSimulator sim;
  private static String job;
  private static String item;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().build());
    job = RetrohuntData.jobs(sim.corpus(), Instant.now()).get(1).id();
    item =
        MonitorData.items(sim.corpus()).stream()
            .filter(i -> !i.analyses().isEmpty())
            .findFirst()
            .orElseThrow()
            .id();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  private static List<String> retrohunt() {
    return List.of(
        "select id from retrohunt_jobs",
        "select id, status from retrohunt_jobs where status = 'finished'",
        "select id from retrohunt_jobs where id = '" + job + "'",
        "select id, size from retrohunt_job_matching_files where retrohunt_job_id = '" + job + "'");
  }

  private static List<String> monitor() {
    return List.of(
        "select id from monitor_items limit 3",
        "select path from monitor_items where id = '" + item + "'",
        "select id from monitoritem_analyses where monitoritem_id = '" + item + "'",
        "select engine from monitoritem_last_analysis_results where monitoritem_id = '"
            + item
            + "'");
  }

  @Test
  void withoutTheLicenceSettingNothingIsSent() throws Exception {
    try (Connection conn =
        VtConnections.open(
            sim.baseUrl(), sim.premiumKey(), Map.of("cache", "false", "licences", "none"))) {
      refusedBeforeAnyRequest(conn, retrohunt(), "needs a Retrohunt licence (VT Hunting)");
      refusedBeforeAnyRequest(conn, monitor(), "needs a VirusTotal Monitor licence");
    }
    try (Connection conn =
        VtConnections.open(
            sim.baseUrl(), sim.premiumKey(), Map.of("cache", "false", "licences", "monitor"))) {
      refusedBeforeAnyRequest(conn, retrohunt(), "add retrohunt to the licences setting");
      assertEquals(3, VtConnections.rows(conn, monitor().get(0)).size());
    }
  }

  private static void refusedBeforeAnyRequest(Connection conn, List<String> sqls, String licence)
      throws Exception {
    for (String sql : sqls) {
      sim.requests().reset();
      final SQLException e =
          assertThrows(SQLException.class, () -> VtConnections.rows(conn, sql), sql);
      assertEquals("42501", e.getSQLState(), sql);
      final String message = forbidden(e);
      assertTrue(message.contains(licence), message);
      assertTrue(message.contains("no request was sent"), message);
      SimRequests.assertCount(0, () -> sim.requests().total());
    }
  }

  @Test
  void aKeyVirusTotalRefusesGetsOneLineNamingTheLicence() throws Exception {
    try (Connection conn =
        VtConnections.open(sim.baseUrl(), sim.basicKey(), Map.of("cache", "false"))) {
      refusedByVirusTotal(conn, retrohunt(), "needs a Retrohunt licence (VT Hunting)");
      refusedByVirusTotal(conn, monitor(), "needs a VirusTotal Monitor licence");
    }
  }

  private static void refusedByVirusTotal(Connection conn, List<String> sqls, String licence)
      throws Exception {
    for (String sql : sqls) {
      sim.requests().reset();
      final SQLException e =
          assertThrows(SQLException.class, () -> VtConnections.rows(conn, sql), sql);
      assertEquals("42501", e.getSQLState(), sql);
      final String message = forbidden(e);
      assertTrue(message.contains(licence + "; this key was refused"), message);
      assertTrue(message.startsWith("ForbiddenError (HTTP 403)"), message);
      assertFalse(message.contains("\n"), message);
      assertFalse(message.contains(sim.basicKey()), "the key never shows");
      SimRequests.assertCount(1, () -> sim.requests().total());
      assertEquals(403, sim.requests().records().get(0).status());
    }
  }

  /** The adapter's ForbiddenError message, from where the JDBC error quotes it to its end. */
  private static String forbidden(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      final String m = String.valueOf(c.getMessage());
      if (m.contains("ForbiddenError (")) {
        return m.substring(m.indexOf("ForbiddenError ("));
      }
    }
    throw new AssertionError("no ForbiddenError in", t);
  }
}
