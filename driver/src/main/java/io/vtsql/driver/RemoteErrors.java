package io.vtsql.driver;

import java.sql.SQLException;
import org.apache.calcite.avatica.AvaticaSeverity;
import org.apache.calcite.avatica.MissingResultsException;
import org.apache.calcite.avatica.NoSuchConnectionException;
import org.apache.calcite.avatica.NoSuchStatementException;
import org.apache.calcite.avatica.remote.AvaticaRuntimeException;

/**
 * Turns what a {@code jdbc:vt:} call on the server threw into what Avatica sends its remote client:
 * the SQLState, error code and one-line message of the local driver, without the server's stack
 * trace or its nested wrapping. The remote driver then adds the same {@code Error <code> (<state>)
 * : Error while executing SQL "..."} prefix the local driver adds (and its own {@code Remote driver
 * error: } before the message).
 */
final class RemoteErrors {
  private RemoteErrors() {}

  /**
   * The exception to let Avatica report. Avatica's own "no such statement/connection" and "missing
   * results" exceptions pass unchanged: its clients recover from them.
   *
   * @param failure what the call threw
   * @param sql the statement's text when the call carried it, else null
   */
  static Throwable forClient(Throwable failure, String sql) {
    if (failure instanceof AvaticaRuntimeException
        || failure instanceof NoSuchStatementException
        || failure instanceof NoSuchConnectionException
        || failure instanceof MissingResultsException) {
      return failure;
    }
    SQLException sqlFailure = firstSqlException(failure);
    SQLException reported =
        sqlFailure != null && sqlFailure.getSQLState() != null
            ? sqlFailure
            : SqlErrors.translate(sqlFailure != null ? sqlFailure : rootOf(failure));
    return error(
        SqlErrors.coreMessage(reported.getMessage(), sql),
        reported.getErrorCode(),
        reported.getSQLState());
  }

  /** An error for the remote client with the given one-line message, code and SQLState. */
  static AvaticaRuntimeException error(String message, int errorCode, String sqlState) {
    return new ClientError(message, errorCode, sqlState);
  }

  /**
   * What Avatica sends for a failure: its "server stack traces" are this exception's printout,
   * which is therefore just the message (the server's code is none of the client's business).
   */
  private static final class ClientError extends AvaticaRuntimeException {
    private static final long serialVersionUID = 1L;

    ClientError(String message, int errorCode, String sqlState) {
      super(message, errorCode, sqlState, AvaticaSeverity.ERROR);
      setStackTrace(new StackTraceElement[0]);
    }

    @Override
    public String toString() {
      return getErrorMessage();
    }
  }

  private static SQLException firstSqlException(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql) {
        return sql;
      }
    }
    return null;
  }

  /** JdbcMeta wraps checked failures in bare RuntimeExceptions; report what they wrap. */
  private static Throwable rootOf(Throwable failure) {
    Throwable t = failure;
    while (t.getClass() == RuntimeException.class && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
