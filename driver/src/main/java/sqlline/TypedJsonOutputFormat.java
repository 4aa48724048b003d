package sqlline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.Types;

/**
 * sqlline's {@code {"resultset":[...]}} JSON, one row per line, with real JSON values: numbers and
 * booleans unquoted, NULL as null, ARRAY columns as arrays (the vtsql driver gives an array's text
 * as JSON), everything else as an escaped string.
 */
public final class TypedJsonOutputFormat extends AbstractOutputFormat {
  private static final ObjectMapper JSON = new ObjectMapper();

  public TypedJsonOutputFormat(SqlLine sqlLine) {
    super(sqlLine);
  }

  @Override
  void printHeader(Rows.Row header) {
    sqlLine.output("{\"resultset\":[");
  }

  @Override
  void printFooter(Rows.Row header) {
    sqlLine.output("]}");
  }

  @Override
  void printRow(Rows rows, Rows.Row header, Rows.Row row) {
    ObjectNode object = JSON.createObjectNode();
    for (int i = 0; i < header.values.length && i < row.values.length; i++) {
      object.set(header.values[i], value(row.values[i], type(rows, i)));
    }
    sqlLine.output(object + (rows.hasNext() ? "," : ""));
  }

  private static JsonNode value(String text, int type) {
    if (text == null) {
      return JSON.nullNode();
    }
    switch (type) {
      case Types.TINYINT,
      Types.SMALLINT,
      Types.INTEGER,
      Types.BIGINT,
      Types.REAL,
      Types.FLOAT,
      Types.DOUBLE,
      Types.DECIMAL,
      Types.NUMERIC:
        if (text.equals("null")) {
          return JSON.nullNode();
        }
        try {
          return JSON.getNodeFactory().numberNode(new BigDecimal(text));
        } catch (NumberFormatException e) {
          // A --numberFormat with grouping or units: keep what the user asked to see.
          return JSON.getNodeFactory().textNode(text);
        }
      case Types.BOOLEAN, Types.BIT:
        return JSON.getNodeFactory().booleanNode(text.equalsIgnoreCase("true"));
      case Types.ARRAY:
        try {
          JsonNode array = JSON.readTree(text);
          if (array.isArray()) {
            return array;
          }
        } catch (JsonProcessingException e) {
          // Another driver's array text (sqlline -u ...): keep it as a string.
        }
        return JSON.getNodeFactory().textNode(text);
      default:
        return JSON.getNodeFactory().textNode(text);
    }
  }

  private static int type(Rows rows, int column) {
    try {
      return rows.rsMeta.getColumnType(column + 1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
