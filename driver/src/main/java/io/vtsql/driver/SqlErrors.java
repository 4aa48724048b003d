package io.vtsql.driver;

import io.vtsql.adapter.VtBudgetExceededException;
import io.vtsql.adapter.VtQueryException;
import io.vtsql.client.VtAuthenticationException;
import io.vtsql.client.VtBadRequestException;
import io.vtsql.client.VtException;
import io.vtsql.client.VtForbiddenException;
import io.vtsql.client.VtNotFoundException;
import io.vtsql.client.VtProtocolException;
import io.vtsql.client.VtQuotaExceededException;
import io.vtsql.client.VtTransientException;
import io.vtsql.client.VtTransportException;

import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.validate.SqlValidatorException;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns what a statement threw into one {@link SQLException} whose message is a single line
 * and whose SQLState says what kind of failure it was (bad SQL, a query VirusTotal cannot
 * answer, a wrong key, an exhausted quota, an unreachable API, ...). The original exception
 * stays attached as the cause.
 */
final class SqlErrors {
  /** SQLState for each kind of failure, most specific first. */
  private static final Map<Class<? extends Throwable>, String> STATES = new LinkedHashMap<>();

  static {
    STATES.put(SqlParseException.class, "42000");
    STATES.put(SqlValidatorException.class, "42000");
    STATES.put(CalciteContextException.class, "42000");
    STATES.put(VtQueryException.class, "42000");
    STATES.put(VtBudgetExceededException.class, "54000");
    STATES.put(VtAuthenticationException.class, "28000");
    STATES.put(VtForbiddenException.class, "42501");
    STATES.put(VtQuotaExceededException.class, "53400");
    STATES.put(VtNotFoundException.class, "02000");
    STATES.put(VtBadRequestException.class, "22023");
    STATES.put(VtTransientException.class, "08006");
    STATES.put(VtTransportException.class, "08006");
    STATES.put(VtProtocolException.class, "08000");
    STATES.put(VtException.class, "58000");
  }

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
    return new SQLException(firstLine(messageOf(failure)), stateOf(failure), failure);
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

  /** The SQLState of the most telling exception in the cause chain, or HY000. */
  static String stateOf(Throwable failure) {
    for (Map.Entry<Class<? extends Throwable>, String> entry : STATES.entrySet()) {
      for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
        if (entry.getKey().isInstance(t)) {
          return entry.getValue();
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
