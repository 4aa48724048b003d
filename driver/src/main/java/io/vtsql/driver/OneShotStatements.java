package io.vtsql.driver;

import java.util.List;
import java.util.Optional;
import org.jline.reader.Parser;
import sqlline.SqlLine;
import sqlline.SqlLineParser;

/**
 * Checks the SQL given with {@code -e} before sqlline runs it: sqlline waits for the rest of a
 * statement that ends inside a quote, a comment or an open parenthesis, and at the end of {@code
 * -e} drops it without a word, exiting 0.
 */
final class OneShotStatements {
  private OneShotStatements() {}

  /** The error to report for the first incomplete {@code -e} statement, if any. */
  static Optional<String> incomplete(SqlLine sqlLine, List<String> args) {
    SqlLineParser parser = new SqlLineParser(sqlLine);
    parser.eofOnUnclosedQuote(true);
    for (int i = 0; i + 1 < args.size(); i++) {
      String sql = args.get(i + 1).strip();
      if (!args.get(i).equals("-e") || sql.startsWith(SqlLine.COMMAND_PREFIX)) {
        continue;
      }
      String statement = sql.endsWith(";") ? sql : sql + ";";
      SqlLineParser.SqlParserState state =
          parser
              .parseState(statement, statement.length(), Parser.ParseContext.ACCEPT_LINE)
              .getState();
      if (state != SqlLineParser.SqlParserState.OK) {
        return Optional.of(
            "Error: incomplete statement ("
                + state.getMessage().toLowerCase()
                + "): "
                + SqlErrors.firstLine(sql)
                + " (state=42000)");
      }
    }
    return Optional.empty();
  }
}
