package io.vtsql.driver;

import io.vtsql.adapter.SqlStates;

import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.validate.SqlValidatorException;

import java.sql.SQLException;
import java.util.List;

/**
 * Turns what a statement threw into one {@link SQLException} whose message is a single line
 * and whose SQLState says what kind of failure it was (bad SQL, a query VirusTotal cannot
 * answer, a wrong key, an exhausted quota, an unreachable API, ...). The original exception
 * stays attached as the cause.
 */
final class SqlErrors {
  /** Failures of the SQL text itself; VirusTotal failures get their state from the adapter. */
  private static final List<Class<? extends Throwable>> BAD_SQL = List.of(
      SqlParseException.class, SqlValidatorException.class, CalciteContextException.class);

  private SqlErrors() {
  }

  /**
   * The SQLException to report for a failure: an SQLException that already carries a
   * SQLState is returned as it is; anything else gets a state and a one-line message.
   */
  static SQLException translate(Throwable failure) {
    if (failure instanceof SQLException sql && sql.getSQLState() != null) {
      return sql;
    }
    return new SQLException(ErrorHints.withHint(firstLine(messageOf(failure)), failure),
        stateOf(failure), failure);
  }

  /**
   * The message that says what went wrong. Avatica prefixes the cause's message with
   * {@code Error while executing SQL "<the statement>": }; the statement is what the user just
   * wrote (and may span lines), so only the cause's message is kept.
   */
  private static String messageOf(Throwable failure) {
    String message = failure.getMessage();
    if (message == null) {
      return failure.getClass().getSimpleName();
    }
    Throwable cause = failure.getCause();
    if (failure instanceof SQLException && cause != null && cause.getMessage() != null
        && message.endsWith(": " + cause.getMessage())) {
      return cause.getMessage();
    }
    return message;
  }

  /**
   * The SQLState of the most telling exception in the cause chain: the adapter's state for a
   * VirusTotal or query failure, 42000 for bad SQL, else HY000.
   */
  static String stateOf(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (SqlStates.knows(t)) {
        return SqlStates.of((RuntimeException) t);
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      for (Class<? extends Throwable> kind : BAD_SQL) {
        if (kind.isInstance(t)) {
          return "42000";
        }
      }
    }
    return "HY000";
  }

  /** Calcite's parse errors append many lines of expected tokens; the first line says it. */
  static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}
