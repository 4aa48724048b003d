package io.vtsql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * JDBC metadata describes the Retrohunt and Monitor tables with remarks (licence, filter modifiers,
 * parent columns) from the static catalogue, without a request, even when the connection's licences
 * leave them out.
 */
class RetrohuntMonitorMetadataTest {

  @Test
  void retrohuntAndMonitorTablesAreDescribedOffline() throws Exception {
    try (VtSimulator simulator = VtSimulator.start(SimulatorConfig.builder().port(0).build());
        Connection connection =
            DriverManager.getConnection(
                "jdbc:vt:baseUrl="
                    + simulator.baseUrl()
                    + ";apiKey="
                    + simulator.premiumKey()
                    + ";licences=none")) {
      Map<String, String> tables = new LinkedHashMap<>();
      try (ResultSet rs = connection.getMetaData().getTables(null, "vt", "%", null)) {
        while (rs.next()) {
          tables.put(rs.getString("TABLE_NAME"), rs.getString("REMARKS"));
        }
      }
      assertTrue(
          tables.get("retrohunt_jobs").contains("Retrohunt licence"), tables.get("retrohunt_jobs"));
      assertTrue(
          tables.get("monitor_items").contains("VirusTotal Monitor licence"),
          tables.get("monitor_items"));
      assertTrue(
          tables.get("retrohunt_job_matching_files").contains("retrohunt_job_id"),
          tables.get("retrohunt_job_matching_files"));
      assertTrue(
          tables.get("monitoritem_analyses").contains("monitoritem_id"),
          tables.get("monitoritem_analyses"));
      assertTrue(
          tables.get("monitoritem_last_analysis_results").contains("monitoritem_id"),
          tables.get("monitoritem_last_analysis_results"));
      assertTrue(!tables.containsKey("monitor_analyses"), "reached through monitoritem_analyses");
      Map<String, String> jobs = columns(connection, "retrohunt_jobs");
      assertEquals(
          List.of("id", "rules", "notification_email", "corpus", "time_range_start"),
          new ArrayList<>(jobs.keySet()).subList(0, 5));
      assertTrue(jobs.get("status").contains("status:"), jobs.get("status"));
      Map<String, String> items = columns(connection, "monitor_items");
      assertTrue(items.get("tags").contains("tag:"), items.get("tags"));
      Map<String, String> matches = columns(connection, "retrohunt_job_matching_files");
      assertEquals(
          List.of("retrohunt_job_id", "id", "md5"),
          new ArrayList<>(matches.keySet()).subList(0, 3));
      Map<String, String> analyses = columns(connection, "monitoritem_analyses");
      assertEquals(
          List.of("monitoritem_id", "id", "date", "sha256", "detections_count", "tags"),
          new ArrayList<>(analyses.keySet()).subList(0, 6));
      for (Map<String, String> remarks : List.of(jobs, items, matches, analyses)) {
        assertTrue(
            remarks.values().stream().noneMatch(r -> r == null || r.isBlank()), remarks.toString());
      }
      assertEquals(0, simulator.requests().total());
    }
  }

  private static Map<String, String> columns(Connection connection, String table) throws Exception {
    Map<String, String> remarks = new LinkedHashMap<>();
    try (ResultSet rs = connection.getMetaData().getColumns(null, "vt", table, null)) {
      while (rs.next()) {
        remarks.put(rs.getString("COLUMN_NAME"), rs.getString("REMARKS"));
      }
    }
    return remarks;
  }
}
