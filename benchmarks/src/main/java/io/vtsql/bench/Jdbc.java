package io.vtsql.bench;

import io.vtsql.simulator.VtSimulator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/** Opens {@code jdbc:vt:} connections to a simulator and drains statements through them. */
final class Jdbc {
  private Jdbc() {}

  /**
   * A connection to {@code sim} with the premium demo key.
   *
   * @param settings extra connection properties, e.g. {@code cache=false}
   */
  static Connection open(VtSimulator sim, Properties settings) throws SQLException {
    final Properties p = new Properties();
    p.putAll(settings);
    p.setProperty("baseUrl", sim.baseUrl());
    p.setProperty("apiKey", sim.premiumKey());
    try {
      Class.forName("io.vtsql.driver.VtDriver");
    } catch (ClassNotFoundException e) {
      throw new SQLException("vtsql driver missing from the class path", e);
    }
    return DriverManager.getConnection("jdbc:vt:", p);
  }

  /** Properties from {@code name=value} pairs. */
  static Properties props(String... pairs) {
    final Properties p = new Properties();
    for (int i = 0; i < pairs.length; i += 2) {
      p.setProperty(pairs[i], pairs[i + 1]);
    }
    return p;
  }

  /** Runs a statement and reads every column of every row; returns the row count. */
  static long drain(Connection connection, String sql) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return drain(rs);
    }
  }

  /** Executes a prepared statement once per binding; returns the total row count. */
  static long drain(PreparedStatement statement, List<List<Object>> bindings) throws SQLException {
    long rows = 0;
    for (List<Object> binding : bindings) {
      for (int i = 0; i < binding.size(); i++) {
        statement.setObject(i + 1, binding.get(i));
      }
      try (ResultSet rs = statement.executeQuery()) {
        rows += drain(rs);
      }
    }
    return rows;
  }

  /** Reads every column of every remaining row, so lazily converted values are paid for too. */
  static long drain(ResultSet rs) throws SQLException {
    final int columns = rs.getMetaData().getColumnCount();
    long rows = 0;
    while (rs.next()) {
      for (int c = 1; c <= columns; c++) {
        rs.getObject(c);
      }
      rows++;
    }
    return rows;
  }
}
