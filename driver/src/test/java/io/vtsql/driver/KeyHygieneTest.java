package io.vtsql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.calcite.jdbc.CalciteConnection;
import org.junit.jupiter.api.Test;

/** The API key given to jdbc:vt: is used, and never readable back through JDBC. */
class KeyHygieneTest {
  @Test
  void toolsSeeThePropertiesButNotTheKey() throws Exception {
    DriverPropertyInfo[] properties =
        DriverManager.getDriver("jdbc:vt:")
            .getPropertyInfo("jdbc:vt:apiKey=" + "f".repeat(64), new Properties());
    Map<String, DriverPropertyInfo> byName = new HashMap<>();
    for (DriverPropertyInfo property : properties) {
      byName.put(property.name, property);
      assertFalse(property.description == null || property.description.isBlank(), property.name);
    }
    assertTrue(
        byName
            .keySet()
            .containsAll(List.of("apiKey", "baseUrl", "pushdown", "maxRequests", "cache")),
        byName.keySet().toString());
    assertEquals("********", byName.get("apiKey").value);
  }

  @Test
  void keyAndBaseUrlAreRecognisedInAnyLetterCase() throws Exception {
    try (VtSimulator simulator = VtSimulator.start(SimulatorConfig.builder().port(0).build())) {
      String id = simulator.corpus().all("file").iterator().next().path("id").asText();
      try (Connection connection =
              DriverManager.getConnection(
                  "jdbc:vt:BASEURL=" + simulator.baseUrl() + ";APIKEY=" + simulator.publicKey());
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT id FROM files WHERE id = '" + id + "'")) {
        assertTrue(rows.next());
      }
      // The request went to this simulator, with the key given as APIKEY (its public key).
      assertEquals(Map.of("public-demo", 1L), simulator.requests().byKey());
      SQLException twice =
          assertThrows(
              SQLException.class,
              () ->
                  DriverManager.getConnection(
                      "jdbc:vt:baseUrl=" + simulator.baseUrl() + ";apiKey=a;APIKEY=b"));
      assertEquals("HY024", twice.getSQLState());
    }
  }

  @Test
  void theKeyIsUsedButNotReadableBack() throws Exception {
    try (VtSimulator simulator = VtSimulator.start(SimulatorConfig.builder().port(0).build());
        Connection connection =
            DriverManager.getConnection(
                "jdbc:vt:baseUrl=" + simulator.baseUrl() + ";apiKey=" + simulator.premiumKey())) {
      String key = simulator.premiumKey();
      assertFalse(connection.getMetaData().getURL().contains(key));
      assertFalse(connection.toString().contains(key));
      CalciteConnection calcite = connection.unwrap(CalciteConnection.class);
      assertEquals("********", calcite.getProperties().getProperty("apiKey"));
      assertFalse(calcite.getProperties().toString().contains(key));
      String id = simulator.corpus().all("file").iterator().next().path("id").asText();
      try (Statement statement = connection.createStatement();
          ResultSet plan =
              statement.executeQuery(
                  "EXPLAIN PLAN FOR SELECT id FROM files WHERE id = '" + id + "'")) {
        assertTrue(plan.next());
        assertFalse(plan.getString(1).contains(key), plan.getString(1));
      }
      assertTrue(connection.isWrapperFor(CalciteConnection.class));
    }
  }
}
