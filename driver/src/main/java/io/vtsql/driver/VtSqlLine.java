package io.vtsql.driver;

import sqlline.SqlLine;

import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.impl.LineReaderImpl;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.sql.SQLException;
import java.sql.SQLWarning;

/**
 * sqlline that reports a failed statement as one line, {@code Error: <what went wrong>
 * (state=<SQLState>)}, also for {@code -e} and {@code -f} (sqlline prints stack traces for
 * everything that happens before its prompt loop starts). {@code --verbose=true} restores
 * sqlline's full reports. Its history never records a line that mentions an API key.
 */
final class VtSqlLine extends SqlLine {
  /** sqlline's line reader, with a history that never records a line mentioning a key. */
  @Override public LineReader getConsoleReader(InputStream inputStream, History fileHistory)
      throws IOException {
    LineReader reader = super.getConsoleReader(inputStream, fileHistory);
    // sqlline attaches the history it is given but leaves jline's own in place; replace it.
    KeyFreeHistory history = new KeyFreeHistory();
    ((LineReaderImpl) reader).setHistory(history);
    history.attach(reader);
    return reader;
  }

  @Override public void handleException(Throwable e) {
    Throwable failure = e;
    while (failure instanceof InvocationTargetException invocation
        && invocation.getTargetException() != null) {
      failure = invocation.getTargetException();
    }
    if (getOpts().getVerbose() || failure instanceof SQLWarning) {
      super.handleException(e);
      return;
    }
    error(line(failure));
  }

  /** The one line reported for a failure. */
  static String line(Throwable failure) {
    Throwable reported = failure;
    // sqlline wraps some SQLExceptions in a RuntimeException of its own.
    if (!(reported instanceof SQLException) && reported.getCause() instanceof SQLException) {
      reported = reported.getCause();
    }
    SQLException sql = SqlErrors.translate(reported);
    return "Error: " + SqlErrors.coreMessage(sql.getMessage(), null) + " (state="
        + sql.getSQLState() + ")";
  }
}
