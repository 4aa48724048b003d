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
 * JDBC metadata describes the Threat Landscape tables and their relationship tables with remarks
 * (filter modifiers, privileges, id shapes) from the static catalogue, without a request.
 */
class ThreatMetadataTest {

  @Test
  void threatTablesAreDescribedOffline() throws Exception {
    try (VtSimulator simulator = VtSimulator.start(SimulatorConfig.builder().port(0).build());
        Connection connection =
            DriverManager.getConnection(
                "jdbc:vt:baseUrl=" + simulator.baseUrl() + ";apiKey=" + simulator.premiumKey())) {
      Map<String, String> tables = new LinkedHashMap<>();
      try (ResultSet rs = connection.getMetaData().getTables(null, "vt", "%", null)) {
        while (rs.next()) {
          tables.put(rs.getString("TABLE_NAME"), rs.getString("REMARKS"));
        }
      }
      assertTrue(tables.get("collections").contains("premium"), tables.get("collections"));
      assertTrue(tables.get("threat_actors").contains("legacy"), tables.get("threat_actors"));
      assertTrue(tables.get("attack_tactics").contains("TA0002"), tables.get("attack_tactics"));
      assertTrue(
          tables.get("attack_techniques").contains("T1055.012"), tables.get("attack_techniques"));
      assertTrue(
          tables.get("collection_files").contains("collection_id"), tables.get("collection_files"));
      assertTrue(
          tables.get("attack_technique_parent_technique").contains("attack_technique_id"),
          tables.get("attack_technique_parent_technique"));
      Map<String, String> columns = columns(connection, "collections");
      assertEquals(
          List.of("id", "name", "description", "collection_type"),
          new ArrayList<>(columns.keySet()).subList(0, 4));
      assertTrue(
          columns.get("collection_type").contains("collection_type:"),
          columns.get("collection_type"));
      assertTrue(
          columns.get("targeted_industries").contains("targeted_industry:"),
          columns.get("targeted_industries"));
      Map<String, String> related = columns(connection, "file_related_attack_techniques");
      assertEquals(
          List.of("file_id", "id", "name"), new ArrayList<>(related.keySet()).subList(0, 3));
      assertTrue(
          related.values().stream().noneMatch(r -> r == null || r.isBlank()), related.toString());
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
