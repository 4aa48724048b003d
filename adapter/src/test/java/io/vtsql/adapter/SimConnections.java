package io.vtsql.adapter;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.calcite.jdbc.CalciteConnection;

/**
 * Test helper: {@code jdbc:calcite:} connections on an inline {@code vt} model with any
 * operands (e.g. {@code fanOut}), and result sets read into lists of rows.
 */
final class SimConnections {
  private SimConnections() {}

  static Connection open(String baseUrl, String apiKey, Map<String, String> extra)
      throws SQLException {
    final String operands = extra.entrySet().stream()
        .map(e -> "," + e.getKey() + ":'" + e.getValue() + "'").collect(Collectors.joining());
    final String model = "inline:{version:'1.0',defaultSchema:'vt',schemas:[{name:'vt',"
        + "type:'custom',factory:'" + VtSchemaFactory.class.getName() + "',operand:{"
        + "apiKey:'" + apiKey + "',baseUrl:'" + baseUrl + "'" + operands + "}}]}";
    final Properties p = new Properties();
    p.setProperty("model", model);
    p.setProperty("caseSensitive", "false");
    p.setProperty("unquotedCasing", "UNCHANGED");
    p.setProperty("quotedCasing", "UNCHANGED");
    p.setProperty("defaultNullCollation", "LAST");
    p.setProperty("fun", "standard,spark");
    return DriverManager.getConnection("jdbc:calcite:", p);
  }

  /** Every row of a query, each as a list of column values. */
  static List<List<Object>> rows(Connection conn, String sql) throws SQLException {
    try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      final ResultSetMetaData md = rs.getMetaData();
      final List<List<Object>> rows = new ArrayList<>();
      while (rs.next()) {
        final List<Object> row = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          row.add(rs.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  /** The plan text of {@code EXPLAIN PLAN FOR sql}. */
  static String explain(Connection conn, String sql) throws SQLException {
    try (Statement s = conn.createStatement();
         ResultSet rs = s.executeQuery("explain plan for " + sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** Empties the response cache of the connection's client, so request counts start afresh. */
  static void clearCache(Connection conn) throws SQLException {
    conn.unwrap(CalciteConnection.class).getRootSchema().getSubSchema("vt")
        .unwrap(VtSchema.class).backend().client().clearCache();
  }
}
