package io.vtsql.driver;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * {@code ResultSet.getString} of an ARRAY column: the elements as a JSON array ({@code
 * ["docx","macros"]}), which, unlike a list's {@code toString}, cannot be misread when an element
 * contains a comma, and which the shell's JSON output embeds as a real array.
 */
final class ArrayText {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ArrayText() {}

  /** Whether the column that {@code getString(column)} reads is an ARRAY. */
  static boolean isArrayColumn(ResultSet rows, Object column) throws SQLException {
    int index = column instanceof Integer i ? i : rows.findColumn((String) column);
    return rows.getMetaData().getColumnType(index) == Types.ARRAY;
  }

  /** The array's JSON text, or null for SQL NULL. */
  static String json(Array array) throws SQLException {
    if (array == null) {
      return null;
    }
    ArrayNode elements = JSON.createArrayNode();
    for (Object element : (Object[]) array.getArray()) {
      if (element == null) {
        elements.addNull();
      } else if (element instanceof Number number) {
        elements.add(new BigDecimal(number.toString()));
      } else if (element instanceof Boolean bool) {
        elements.add(bool);
      } else {
        elements.add(element.toString());
      }
    }
    return elements.toString();
  }
}
