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
 * JDBC metadata describes the VT Alerts tables (premium, no licence named by the docs) and their
 * columns from the static catalogue, without a request.
 */
class AlertsMetadataTest {

  @Test
  void alertTablesAreDescribedOffline() throws Exception {
    try (VtSimulator simulator = VtSimulator.start(SimulatorConfig.builder().port(0).build());
        Connection connection =
            DriverManager.getConnection(
                "jdbc:vt:baseUrl="
                    + simulator.baseUrl()
                    + ";apiKey="
                    + simulator.premiumKey()
                    + ";licences=none")) {
      Map<String, String> tables = new LinkedHashMap<>();
      try (ResultSet rs = connection.getMetaData().getTables(null, "vt", "alert%", null)) {
        while (rs.next()) {
          tables.put(rs.getString("TABLE_NAME"), rs.getString("REMARKS"));
        }
      }
      assertEquals(
          List.of("alert_assets", "alert_notifications"), new ArrayList<>(tables.keySet()));
      for (String remarks : tables.values()) {
        assertTrue(remarks.contains("premium key"), remarks);
        assertTrue(remarks.contains("no licence for VT Alerts"), remarks);
      }
      Map<String, String> assets = columns(connection, "alert_assets");
      assertEquals(
          List.of(
              "id",
              "asset_type",
              "value",
              "asset_info",
              "creation_date",
              "last_modification_date",
              "attributes"),
          new ArrayList<>(assets.keySet()));
      Map<String, String> notifications = columns(connection, "alert_notifications");
      assertEquals(
          List.of(
              "id",
              "created",
              "event_severity",
              "use_case_category",
              "detection_category",
              "is_read",
              "event_message_json",
              "attributes"),
          new ArrayList<>(notifications.keySet()));
      assertTrue(notifications.get("event_severity").contains("high"));
      for (Map<String, String> remarks : List.of(assets, notifications)) {
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
