package sqlline;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Completes SQL with the column names of the connection's tables as well as sqlline's keywords and
 * table names, so that {@code SELECT mal<Tab>} offers {@code malicious}, not {@code smallint}.
 * Names come from JDBC metadata (for vtsql a static catalogue: no API request), read once per
 * connection.
 */
public final class SchemaNameCompleter implements Completer {
  private final SqlLine sqlLine;
  private final Completer sqlline;
  private Connection namesOf;
  private List<Candidate> columns = List.of();

  public SchemaNameCompleter(SqlLine sqlLine, Completer sqlline) {
    this.sqlLine = requireNonNull(sqlLine, "sqlLine");
    this.sqlline = requireNonNull(sqlline, "sqlline");
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    sqlline.complete(reader, line, candidates);
    String buffer = reader.getBuffer().toString().strip();
    // sqlline completes "!commands" and "table.column" itself.
    if (!buffer.startsWith(SqlLine.COMMAND_PREFIX) && !line.word().contains(".")) {
      candidates.addAll(columns());
    }
  }

  private List<Candidate> columns() {
    Connection current = CurrentConnection.of(sqlLine).orElse(null);
    try {
      if (current != namesOf) {
        namesOf = current;
        columns = current == null ? List.of() : read(current);
      }
    } catch (SQLException e) {
      namesOf = null;
      columns = List.of();
    }
    return columns;
  }

  private static List<Candidate> read(Connection connection) throws SQLException {
    Set<String> names = new TreeSet<>();
    try (ResultSet rows = connection.getMetaData().getColumns(null, null, "%", "%")) {
      while (rows.next()) {
        names.add(rows.getString("COLUMN_NAME"));
      }
    }
    return names.stream()
        .map(name -> new Candidate(name, name, null, "column", null, null, true))
        .toList();
  }
}
