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
 * JDBC metadata describes the account tables (users, groups, quotas, API usage) and the
 * connection's own-user tables with remarks from the static catalogue, without a request, whether
 * or not vtUser is set.
 */
class AccountMetadataTest {

  @Test
  void accountTablesAreDescribedOffline() throws Exception {
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
      for (String table :
          List.of(
              "users",
              "groups",
              "service_accounts",
              "user_privileges",
              "user_overall_quotas",
              "user_api_usage_daily",
              "group_api_usage_daily",
              "group_users",
              "group_administrators",
              "my_quotas",
              "my_privileges",
              "my_api_usage")) {
        assertTrue(tables.get(table) != null && !tables.get(table).isBlank(), table);
      }
      assertTrue(tables.get("users").contains("public view"), tables.get("users"));
      assertTrue(tables.get("my_quotas").contains("vtUser"), tables.get("my_quotas"));
      assertTrue(
          tables.get("user_api_usage_daily").contains("BETWEEN"),
          tables.get("user_api_usage_daily"));
      Map<String, String> usage = columns(connection, "my_api_usage");
      assertEquals(
          List.of("user_id", "date", "endpoint", "requests", "attributes"),
          new ArrayList<>(usage.keySet()));
      assertTrue(usage.get("date").contains("start_date"), usage.get("date"));
      Map<String, String> quotas = columns(connection, "my_quotas");
      assertTrue(quotas.get("user_allowed").contains("may send"), quotas.get("user_allowed"));
      assertTrue(
          quotas.values().stream().noneMatch(r -> r == null || r.isBlank()), quotas.toString());
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
