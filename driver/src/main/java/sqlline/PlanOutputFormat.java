package sqlline;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.util.function.UnaryOperator;

/**
 * Prints the result of {@code EXPLAIN PLAN FOR} as the plan's own lines, made readable by a
 * rewrite, instead of a table cell cut at {@code maxColumnWidth}; any other result goes to the
 * wrapped format.
 */
public final class PlanOutputFormat implements OutputFormat {
  private final SqlLine sqlLine;
  private final OutputFormat otherResults;
  private final UnaryOperator<String> readable;

  public PlanOutputFormat(
      SqlLine sqlLine, OutputFormat otherResults, UnaryOperator<String> readable) {
    this.sqlLine = requireNonNull(sqlLine, "sqlLine");
    this.otherResults = requireNonNull(otherResults, "otherResults");
    this.readable = requireNonNull(readable, "readable");
  }

  @Override
  public int print(Rows rows) {
    if (!isPlan(rows)) {
      return otherResults.print(rows);
    }
    rows.next(); // the header
    int count = 0;
    while (rows.hasNext()) {
      String plan = rows.next().values[0];
      readable.apply(plan == null ? "" : plan).lines().forEach(sqlLine::output);
      count++;
    }
    return count;
  }

  private static boolean isPlan(Rows rows) {
    try {
      return rows.rsMeta.getColumnCount() == 1
          && rows.rsMeta.getColumnLabel(1).equalsIgnoreCase("PLAN");
    } catch (SQLException e) {
      return false;
    }
  }
}
