package io.vtsql.adapter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vtsql.adapter.table.VtSchema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.calcite.jdbc.CalciteConnection;

/**
 * Test helper: {@code jdbc:calcite:} connections on an inline model using {@link VtSchemaFactory}
 * with any operands (as the jdbc:vt: driver passes its properties) and the Calcite settings and
 * statement preparation ({@link VtPrepare}) the driver uses, plus result sets read into lists of
 * rows.
 */
final class VtConnections {
  private static final ObjectMapper JSON = new ObjectMapper();

  private VtConnections() {}

  static Connection open(String baseUrl, String apiKey, boolean pushdown, int maxRequests)
      throws SQLException {
    return open(baseUrl, apiKey, pushdown, maxRequests, false);
  }

  /** A connection; {@code cache} turns the client's response cache on (off makes counts exact). */
  static Connection open(
      String baseUrl, String apiKey, boolean pushdown, int maxRequests, boolean cache)
      throws SQLException {
    return open(
        baseUrl,
        apiKey,
        Map.of(
            "pushdown",
            Boolean.toString(pushdown),
            "maxRequests",
            Integer.toString(maxRequests),
            "cache",
            Boolean.toString(cache)));
  }

  /** Operands {@code apiKey}, {@code baseUrl} plus {@code more} (alternating names and values). */
  static Connection open(String baseUrl, String apiKey, String... more) throws SQLException {
    final Map<String, String> operands = new LinkedHashMap<>();
    for (int i = 0; i < more.length; i += 2) {
      operands.put(more[i], more[i + 1]);
    }
    return open(baseUrl, apiKey, operands);
  }

  /** A connection with the given schema operands besides the key and base URL. */
  static Connection open(String baseUrl, String apiKey, Map<String, String> operands)
      throws SQLException {
    final Map<String, Object> operand = new LinkedHashMap<>();
    operand.put("apiKey", apiKey);
    operand.put("baseUrl", baseUrl);
    operand.putAll(operands);
    final Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("name", "vt");
    schema.put("type", "custom");
    schema.put("factory", VtSchemaFactory.class.getName());
    schema.put("operand", operand);
    final Properties p = new Properties();
    try {
      p.setProperty(
          "model",
          "inline:"
              + JSON.writeValueAsString(
                  Map.of("version", "1.0", "defaultSchema", "vt", "schemas", List.of(schema))));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    p.setProperty("caseSensitive", "false");
    p.setProperty("unquotedCasing", "UNCHANGED");
    p.setProperty("quotedCasing", "UNCHANGED");
    p.setProperty("defaultNullCollation", "LAST");
    p.setProperty("fun", "standard,spark");
    return new org.apache.calcite.jdbc.Driver()
        .withPrepareFactory(VtPrepare::new)
        .connect("jdbc:calcite:", p);
  }

  /** Every row of a query, each as a list of column values (arrays as lists). */
  static List<List<Object>> rows(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rows(rs);
    }
  }

  static List<List<Object>> rows(ResultSet rs) throws SQLException {
    final int n = rs.getMetaData().getColumnCount();
    final List<List<Object>> out = new ArrayList<>();
    while (rs.next()) {
      final List<Object> row = new ArrayList<>(n);
      for (int i = 1; i <= n; i++) {
        final Object v = rs.getObject(i);
        // java.sql.Array has no value equality; compare its elements
        row.add(v instanceof java.sql.Array a ? Arrays.asList((Object[]) a.getArray()) : v);
      }
      out.add(row);
    }
    return out;
  }

  /** The EXPLAIN PLAN text of a query. */
  static String explain(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("explain plan for " + sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** Empties the response cache of the connection's client, so request counts start afresh. */
  static void clearCache(Connection c) throws SQLException {
    c.unwrap(CalciteConnection.class)
        .getRootSchema()
        .getSubSchema("vt")
        .unwrap(VtSchema.class)
        .backend()
        .client()
        .clearCache();
  }
}
