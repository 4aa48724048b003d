package io.vtsql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * JDBC metadata describes the Private Scanning tables (naming the licence they need), their
 * relationship and sandbox-report tables, and the file columns private files share, without a
 * request; the antivirus columns of {@code files} are not among them.
 */
class PrivateScanningMetadataTest {

  @Test
  void privateScanningTablesAreDescribedOffline() throws Exception {
    try (VtSimulator simulator = VtSimulator.start(SimulatorConfig.builder().port(0).build());
        Connection connection =
            DriverManager.getConnection(
                "jdbc:vt:baseUrl=" + simulator.baseUrl() + ";apiKey=" + simulator.premiumKey())) {
      Map<String, String> tables = new LinkedHashMap<>();
      try (ResultSet rs = connection.getMetaData().getTables(null, "vt", "private%", null)) {
        while (rs.next()) {
          tables.put(rs.getString("TABLE_NAME"), rs.getString("REMARKS"));
        }
      }
      for (String table : List.of("private_files", "private_analyses", "private_urls")) {
        assertTrue(tables.get(table).contains("Private Scanning licence"), table + ": " + tables);
      }
      for (String table :
          List.of(
              "private_file_behaviours",
              "private_file_analyses",
              "private_file_embedded_domains",
              "private_analysis_item",
              "private_url_analyses",
              "private_file_behaviour_processes_created")) {
        assertTrue(tables.get(table).contains("_id"), table + ": " + tables.get(table));
      }
      Map<String, String> columns = columns(connection, "private_files");
      assertTrue(columns.keySet().containsAll(List.of("id", "md5", "sha1", "size", "type_tag")));
      assertFalse(columns.containsKey("malicious"), "private files have no antivirus verdicts");
      assertFalse(columns.containsKey("detection_names"), columns.keySet().toString());
      assertTrue(
          columns.values().stream()
              .noneMatch(r -> r == null || r.isBlank() || r.contains("search:")),
          columns.toString());
      assertTrue(columns(connection, "private_analyses").get("date").contains("date-"));
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
