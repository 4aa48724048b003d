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
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The community and analyses tables are described by JDBC metadata with a remark on the table and
 * on every column, from the catalogue alone: no request reaches VirusTotal.
 */
class CommunityMetadataTest {

  @ParameterizedTest
  @CsvSource({
    "comments, tags",
    "votes, verdict",
    "submissions, interface",
    "resolutions, host_name",
    "analyses, malicious",
    "analysis_results, engine_version",
    "popular_threat_categories, category",
    "file_analyses, status"
  })
  void tableAndColumnsHaveRemarksOffline(String table, String column) throws Exception {
    try (VtSimulator simulator = VtSimulator.start(SimulatorConfig.builder().scale(20).build());
        Connection connection =
            DriverManager.getConnection(
                "jdbc:vt:baseUrl=" + simulator.baseUrl() + ";apiKey=" + simulator.premiumKey())) {
      String tableRemark;
      try (ResultSet tables = connection.getMetaData().getTables(null, "vt", table, null)) {
        assertTrue(tables.next(), table);
        tableRemark = tables.getString("REMARKS");
      }
      assertFalse(tableRemark == null || tableRemark.isBlank(), table);
      Map<String, String> remarks = new LinkedHashMap<>();
      try (ResultSet columns = connection.getMetaData().getColumns(null, "vt", table, "%")) {
        while (columns.next()) {
          remarks.put(columns.getString("COLUMN_NAME"), columns.getString("REMARKS"));
        }
      }
      assertTrue(remarks.containsKey(column), remarks.toString());
      remarks.forEach(
          (name, remark) -> assertFalse(remark == null || remark.isBlank(), table + "." + name));
      assertEquals(0, simulator.requests().total());
    }
  }
}
