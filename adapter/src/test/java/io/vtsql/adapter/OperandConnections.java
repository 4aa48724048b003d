package io.vtsql.adapter;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Opens {@code jdbc:calcite:} connections on an inline model using {@link VtSchemaFactory} with
 * arbitrary operands (as the jdbc:vt: driver passes its properties), and reads result sets.
 */
final class OperandConnections {
  private static final ObjectMapper JSON = new ObjectMapper();

  private OperandConnections() {}

  /** Operands {@code apiKey}, {@code baseUrl} plus {@code more} (alternating names and values). */
  static Connection open(String baseUrl, String apiKey, String... more) throws SQLException {
    final Map<String, Object> operand = new LinkedHashMap<>();
    operand.put("apiKey", apiKey);
    operand.put("baseUrl", baseUrl);
    for (int i = 0; i < more.length; i += 2) {
      operand.put(more[i], more[i + 1]);
    }
    return open(operand);
  }

  static Connection open(Map<String, Object> operand) throws SQLException {
    final Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("name", "vt");
    schema.put("type", "custom");
    schema.put("factory", VtSchemaFactory.class.getName());
    schema.put("operand", operand);
    final Map<String, Object> model = Map.of("version", "1.0", "defaultSchema", "vt",
        "schemas", List.of(schema));
    final Properties p = new Properties();
    try {
      p.setProperty("model", "inline:" + JSON.writeValueAsString(model));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    p.setProperty("caseSensitive", "false");
    p.setProperty("unquotedCasing", "UNCHANGED");
    p.setProperty("quotedCasing", "UNCHANGED");
    p.setProperty("fun", "standard,spark");
    return DriverManager.getConnection("jdbc:calcite:", p);
  }

  /** Every row of a query, each as a list of column values. */
  static List<List<Object>> rows(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
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
}
