package io.vtsql.driver;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

/** Reads a result set into comparable rows: arrays as lists, timestamps as UTC instants. */
final class ResultRows {
  private ResultRows() {}

  static List<List<Object>> read(ResultSet resultSet) throws SQLException {
    ResultSetMetaData metaData = resultSet.getMetaData();
    Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    List<List<Object>> rows = new ArrayList<>();
    while (resultSet.next()) {
      List<Object> row = new ArrayList<>();
      for (int i = 1; i <= metaData.getColumnCount(); i++) {
        switch (metaData.getColumnType(i)) {
          case Types.ARRAY:
            Array array = resultSet.getArray(i);
            row.add(array == null ? null : Arrays.asList((Object[]) array.getArray()));
            break;
          case Types.TIMESTAMP:
            Timestamp timestamp = resultSet.getTimestamp(i, utc);
            row.add(timestamp == null ? null : timestamp.toInstant());
            break;
          default:
            row.add(resultSet.getObject(i));
            break;
        }
      }
      rows.add(row);
    }
    return rows;
  }
}
