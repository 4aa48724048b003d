package io.vtsql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sandbox report and crowdsourced rule tables are described by DatabaseMetaData, tables and
 * columns with remarks, without a request.
 */
class BehaviourMetadataTest {
  private static final List<String> TABLES =
      List.of(
          "file_behaviours",
          "yara_rules",
          "yara_rulesets",
          "sigma_rules",
          "file_behaviour_processes_created",
          "file_behaviour_command_executions",
          "file_behaviour_files_written",
          "file_behaviour_files_deleted",
          "file_behaviour_files_dropped",
          "file_behaviour_registry_keys_set",
          "file_behaviour_mutexes_created",
          "file_behaviour_dns_lookups",
          "file_behaviour_http_conversations",
          "file_behaviour_ip_traffic",
          "file_behaviour_mitre_attack_techniques",
          "file_behaviour_signature_matches",
          "file_behaviour_sigma_analysis_results",
          "file_behaviour_ids_alerts");

  private static VtSimulator simulator;
  private static Connection connection;

  @BeforeAll
  static void start() throws Exception {
    simulator = VtSimulator.start(SimulatorConfig.builder().port(0).build());
    connection =
        DriverManager.getConnection(
            "jdbc:vt:baseUrl=" + simulator.baseUrl() + ";apiKey=" + simulator.premiumKey());
  }

  @AfterAll
  static void stop() throws SQLException {
    connection.close();
    simulator.close();
  }

  @Test
  void tablesAndColumnsHaveRemarksWithoutRequests() throws SQLException {
    simulator.requests().reset();
    final Map<String, String> remarks = new HashMap<>();
    try (ResultSet rs = connection.getMetaData().getTables(null, "vt", "%", null)) {
      while (rs.next()) {
        remarks.put(rs.getString("TABLE_NAME"), rs.getString("REMARKS"));
      }
    }
    for (String table : TABLES) {
      assertTrue(remarks.containsKey(table), table);
      assertFalse(remarks.get(table) == null || remarks.get(table).isBlank(), table);
    }
    assertFalse(remarks.containsKey("file_behaviour"), "no table of the target-only type");
    assertTrue(
        remarks.get("file_behaviour_dns_lookups").contains("file_behaviour_id"),
        remarks.get("file_behaviour_dns_lookups"));
    final Map<String, String> columns = columns("file_behaviours");
    assertEquals(
        List.of("file_id", "id", "sandbox_name"), List.copyOf(columns.keySet()).subList(0, 3));
    columns.forEach((c, r) -> assertFalse(r == null || r.isBlank(), c));
    assertTrue(columns("yara_rules").get("threat_categories").contains("threat_category:"));
    assertTrue(
        columns("file_behaviour_mitre_attack_techniques")
            .get("severity")
            .contains("IMPACT_SEVERITY"));
    assertEquals(0, simulator.requests().total());
  }

  /** Column names and remarks of a table, in column order. */
  private static Map<String, String> columns(String table) throws SQLException {
    final Map<String, String> out = new java.util.LinkedHashMap<>();
    try (ResultSet rs = connection.getMetaData().getColumns(null, "vt", table, "%")) {
      while (rs.next()) {
        out.put(rs.getString("COLUMN_NAME"), rs.getString("REMARKS"));
      }
    }
    return out;
  }
}
