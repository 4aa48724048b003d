package io.vtsql.driver;

import io.vtsql.adapter.table.VtSchema;
import io.vtsql.client.ProgressCounters;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.Arrays;
import java.util.Optional;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.schema.SchemaPlus;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.utils.AttributedString;
import sqlline.CurrentConnection;
import sqlline.SchemaNameCompleter;
import sqlline.SqlLine;

/**
 * sqlline that reports a failed statement as one line, {@code Error: <what went wrong>
 * (state=<SQLState>)}, also for {@code -e} and {@code -f} (sqlline prints stack traces for
 * everything that happens before its prompt loop starts); {@code --verbose=true} restores sqlline's
 * full reports. At a terminal it also shows a {@link ProgressLine} and completes column names. Its
 * history never records a line that mentions an API key.
 */
final class VtSqlLine extends SqlLine {
  private ProgressLine progress;

  /** Refuses to start when a {@code -e} statement is incomplete (sqlline would drop it). */
  @Override
  public Status begin(String[] args, InputStream inputStream, boolean saveHistory)
      throws IOException {
    Optional<String> incomplete = OneShotStatements.incomplete(this, Arrays.asList(args));
    if (incomplete.isPresent()) {
      error(incomplete.get());
      return Status.OTHER;
    }
    // A person watching stderr sees progress; scripts that capture stderr get only the result.
    if (StderrTerminal.detected()) {
      progress = new ProgressLine(this::clientProgress, System.err, System::nanoTime);
      progress.start();
    }
    try {
      return super.begin(args, inputStream, saveHistory);
    } finally {
      if (progress != null) {
        progress.close();
      }
    }
  }

  /** The progress counters of the jdbc:vt: connection, if the shell is on one. */
  private Optional<ProgressCounters.Snapshot> clientProgress() {
    try {
      Optional<Connection> connection = CurrentConnection.of(this);
      if (connection.isEmpty() || !connection.get().isWrapperFor(CalciteConnection.class)) {
        return Optional.empty();
      }
      SchemaPlus vt =
          connection.get().unwrap(CalciteConnection.class).getRootSchema().getSubSchema("vt");
      return vt == null
          ? Optional.empty()
          : Optional.of(vt.unwrap(VtSchema.class).backend().client().progress());
    } catch (SQLException | RuntimeException e) {
      // Not a vtsql connection (sqlline -u another URL): no progress to show.
      return Optional.empty();
    }
  }

  @Override
  public void output(String msg, boolean newline, PrintStream out) {
    if (progress != null) {
      progress.clear();
    }
    super.output(msg, newline, out);
  }

  @Override
  public void output(AttributedString msg, boolean newline, PrintStream out) {
    if (progress != null) {
      progress.clear();
    }
    super.output(msg, newline, out);
  }

  /**
   * sqlline's line reader, completing column names as well as keywords and tables, with a history
   * that never records a line mentioning a key.
   */
  @Override
  public LineReader getConsoleReader(InputStream inputStream, History fileHistory)
      throws IOException {
    LineReader reader = super.getConsoleReader(inputStream, fileHistory);
    // sqlline attaches the history it is given but leaves jline's own in place; replace it.
    KeyFreeHistory history = new KeyFreeHistory();
    ((LineReaderImpl) reader).setHistory(history);
    history.attach(reader);
    // sqlline sets no completer when it reads from a stream rather than a terminal.
    if (reader instanceof LineReaderImpl impl
        && impl.getCompleter() != null
        && !(impl.getCompleter() instanceof SchemaNameCompleter)) {
      impl.setCompleter(new SchemaNameCompleter(this, impl.getCompleter()));
    }
    return reader;
  }

  @Override
  public void handleException(Throwable e) {
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
    return "Error: "
        + SqlErrors.coreMessage(sql.getMessage(), null)
        + " (state="
        + sql.getSQLState()
        + ")";
  }
}
