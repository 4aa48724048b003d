package io.vtsql.adapter;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/** Opens {@code jdbc:calcite:} connections on an inline model using {@link VtSchemaFactory}. */
final class VtConnections {
  private VtConnections() {}

  static Connection open(String baseUrl, String apiKey, boolean pushdown, int maxRequests)
      throws SQLException {
    return open(baseUrl, apiKey, pushdown, maxRequests, false);
  }

  /** A connection; {@code cache} turns the client's response cache on (off makes counts exact). */
  static Connection open(String baseUrl, String apiKey, boolean pushdown, int maxRequests,
      boolean cache) throws SQLException {
    return open(baseUrl, apiKey, Map.of("pushdown", Boolean.toString(pushdown),
        "maxRequests", Integer.toString(maxRequests), "cache", Boolean.toString(cache)));
  }

  /** A connection with the given schema operands besides the key and base URL. */
  static Connection open(String baseUrl, String apiKey, Map<String, String> operands)
      throws SQLException {
    final StringBuilder operand = new StringBuilder("apiKey:'" + apiKey + "',baseUrl:'"
        + baseUrl + "'");
    operands.forEach((k, v) -> operand.append(',').append(k).append(":'").append(v)
        .append('\''));
    final String model = "inline:{version:'1.0',defaultSchema:'vt',schemas:[{name:'vt',"
        + "type:'custom',factory:'" + VtSchemaFactory.class.getName() + "',operand:{"
        + operand + "}}]}";
    final Properties p = new Properties();
    p.setProperty("model", model);
    p.setProperty("caseSensitive", "false");
    p.setProperty("unquotedCasing", "UNCHANGED");
    p.setProperty("quotedCasing", "UNCHANGED");
    p.setProperty("defaultNullCollation", "LAST");
    p.setProperty("fun", "standard,spark");
    return DriverManager.getConnection("jdbc:calcite:", p);
  }
}
