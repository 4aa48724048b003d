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
 * JDBC metadata describes the VT Graph tables, their relationship tables and the node and link
 * child tables with remarks from the static catalogue, without a request.
 */
class GraphMetadataTest {

  @Test
  void graphTablesAreDescribedOffline() throws Exception {
    try (VtSimulator simulator = VtSimulator.start(SimulatorConfig.builder().port(0).build());
        Connection connection =
            DriverManager.getConnection(
                "jdbc:vt:baseUrl=" + simulator.baseUrl() + ";apiKey=" + simulator.premiumKey())) {
      Map<String, String> tables = new LinkedHashMap<>();
      try (ResultSet rs = connection.getMetaData().getTables(null, "vt", "graph%", null)) {
        while (rs.next()) {
          tables.put(rs.getString("TABLE_NAME"), rs.getString("REMARKS"));
        }
      }
      assertEquals(
          List.of(
              "graph_comments",
              "graph_editors",
              "graph_group",
              "graph_items",
              "graph_links",
              "graph_nodes",
              "graph_owner",
              "graph_viewers",
              "graphs"),
          tables.keySet().stream().sorted().toList());
      tables.forEach((t, r) -> assertTrue(r != null && !r.isBlank(), t + " has no remark"));
      assertTrue(tables.get("graphs").contains("private"), tables.get("graphs"));
      assertTrue(tables.get("graph_owner").contains("graph_id"), tables.get("graph_owner"));
      Map<String, String> graphs = columns(connection, "graphs");
      assertEquals(
          List.of("id", "name", "version", "private"),
          new ArrayList<>(graphs.keySet()).subList(0, 4));
      assertTrue(graphs.get("name").contains("name:"), graphs.get("name"));
      Map<String, String> nodes = columns(connection, "graph_nodes");
      assertEquals(
          List.of(
              "graph_id",
              "entity_id",
              "type",
              "label",
              "node_index",
              "has_detections",
              "type_tag",
              "country",
              "relationship_type",
              "attributes"),
          new ArrayList<>(nodes.keySet()));
      assertTrue(
          nodes.values().stream().noneMatch(r -> r == null || r.isBlank()), nodes.toString());
      assertEquals(
          List.of("graph_id", "source", "target", "connection_type", "attributes"),
          new ArrayList<>(columns(connection, "graph_links").keySet()));
      assertEquals(
          List.of("graph_id", "target_type", "target_id", "attributes", "context_attributes"),
          new ArrayList<>(columns(connection, "graph_editors").keySet()));
      assertEquals(
          List.of("graph_id", "id", "first_name", "last_name"),
          new ArrayList<>(columns(connection, "graph_owner").keySet()).subList(0, 4));
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
