package sqlline;

import java.sql.SQLException;
import java.sql.Types;
import java.util.Set;

/**
 * CSV as RFC 4180 has it: a field is quoted with double quotes only when it holds a comma, a double
 * quote or a line break; numbers and booleans are never quoted; NULL is an empty field. (It extends
 * sqlline's CSV format because sqlline looks the {@code csv} format up as one.)
 */
public final class RfcCsvOutputFormat extends SeparatedValuesOutputFormat {
  /** The quote character, which vtsql also sets as sqlline's {@code csvQuoteCharacter}. */
  public static final char QUOTE = '"';

  private static final Set<Integer> UNQUOTED =
      Set.of(
          Types.TINYINT,
          Types.SMALLINT,
          Types.INTEGER,
          Types.BIGINT,
          Types.REAL,
          Types.FLOAT,
          Types.DOUBLE,
          Types.DECIMAL,
          Types.NUMERIC,
          Types.BOOLEAN,
          Types.BIT);

  public RfcCsvOutputFormat(SqlLine sqlLine) {
    super(sqlLine, ",", QUOTE);
  }

  @Override
  void printHeader(Rows.Row header) {
    sqlLine.output(line(header, null));
  }

  @Override
  void printRow(Rows rows, Rows.Row header, Rows.Row row) {
    sqlLine.output(line(row, rows));
  }

  private static String line(Rows.Row row, Rows rows) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < row.values.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      String value = row.values[i];
      if (value == null || rows != null && isNull(rows, i, value)) {
        continue;
      }
      boolean needsQuotes =
          value.indexOf(',') >= 0
              || value.indexOf(QUOTE) >= 0
              || value.indexOf('\n') >= 0
              || value.indexOf('\r') >= 0;
      line.append(needsQuotes ? QUOTE + value.replace("\"", "\"\"") + QUOTE : value);
    }
    return line.toString();
  }

  /** sqlline writes a NULL number as the text "null"; a CSV NULL is an empty field. */
  private static boolean isNull(Rows rows, int column, String value) {
    try {
      return value.equals("null") && UNQUOTED.contains(rows.rsMeta.getColumnType(column + 1));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
