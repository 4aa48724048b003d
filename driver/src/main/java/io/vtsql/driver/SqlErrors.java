package io.vtsql.driver;

import io.vtsql.adapter.SqlStates;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.validate.SqlValidatorException;

/**
 * Turns what a statement threw into one {@link SQLException} whose message is a single line and
 * whose SQLState says what kind of failure it was (bad SQL, a query VirusTotal cannot answer, a
 * wrong key, an exhausted quota, an unreachable API, ...). The original exception stays attached as
 * the cause.
 */
final class SqlErrors {
  /** Failures of the SQL text itself; VirusTotal failures get their state from the adapter. */
  private static final List<Class<? extends Throwable>> BAD_SQL =
      List.of(SqlParseException.class, SqlValidatorException.class, CalciteContextException.class);

  /** Statements that would write; vtsql only reads. */
  private static final Set<String> WRITES = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "UPSERT");

  /** The statement Avatica and Calcite quote in their messages, up to its first word. */
  private static final Pattern QUOTED_STATEMENT =
      Pattern.compile("^Error while (?:preparing statement \\[|executing SQL \")[\\s(]*(\\w+)");

  private static final Pattern MEMBER_OF =
      Pattern.compile("\\bMEMBER\\s+OF\\b", Pattern.CASE_INSENSITIVE);

  /** Feature not supported. */
  private static final String NOT_SUPPORTED = "0A000";

  /** The prefix of Avatica's {@code AvaticaSqlException} messages. */
  private static final Pattern ERROR_PREFIX = Pattern.compile("^Error -?\\d+ \\([0-9A-Z]{5}\\) : ");

  private static final String EXECUTING = "Error while executing SQL \"";
  private static final String REMOTE = "Remote driver error: ";

  private SqlErrors() {}

  /**
   * The SQLException to report for a failure: an SQLException that already carries a SQLState is
   * returned as it is; a value SQL cannot compute is a data exception ({@link DataExceptions});
   * anything else gets a state and a one-line message.
   */
  static SQLException translate(Throwable failure) {
    if (failure instanceof SQLException sql && sql.getSQLState() != null) {
      return sql;
    }
    String unsupported = unsupported(failure);
    if (unsupported != null) {
      return new SQLFeatureNotSupportedException(unsupported, NOT_SUPPORTED, failure);
    }
    SQLException data = adapterFailure(failure) == null ? DataExceptions.find(failure) : null;
    if (data != null) {
      return data;
    }
    return new SQLException(
        ErrorHints.withHint(firstLine(messageOf(failure)), failure), stateOf(failure), failure);
  }

  /**
   * What the statement asked for that vtsql does not do, said plainly, or null: a write (Calcite
   * finds no plan for it, as no table is modifiable), or an operator Calcite accepts in the grammar
   * but cannot type-check (MEMBER OF fails with an internal NullPointerException).
   */
  private static String unsupported(Throwable failure) {
    String statement = failure.getMessage() == null ? "" : failure.getMessage();
    Matcher first = QUOTED_STATEMENT.matcher(statement);
    String verb = first.find() ? first.group(1).toUpperCase(Locale.ROOT) : "";
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof RelOptPlanner.CannotPlanException && WRITES.contains(verb)) {
        return verb
            + " is not supported: vtsql only reads from VirusTotal (its tables cannot"
            + " be written to)";
      }
      if (t instanceof NullPointerException
          && t.getMessage() != null
          && t.getMessage().contains("operandTypeChecker")) {
        return MEMBER_OF.matcher(statement).find()
            ? "MEMBER OF is not supported; test array membership with ARRAY_CONTAINS(array,"
                + " value)"
            : "an operator in this statement is not supported (the SQL engine cannot check"
                + " its operand types)";
      }
    }
    return null;
  }

  /**
   * The message that says what went wrong. Avatica prefixes the cause's message with {@code Error
   * while executing SQL "<the statement>": }; the statement is what the user just wrote (and may
   * span lines), so only the cause's message is kept. A failure without a message (Calcite's
   * generated code failing in a static initializer) says its cause's.
   */
  private static String messageOf(Throwable failure) {
    if (failure.getMessage() == null
        && failure.getCause() != null
        && failure.getCause() != failure) {
      return messageOf(failure.getCause());
    }
    String message = failure.getMessage();
    if (message == null) {
      return failure.getClass().getSimpleName();
    }
    Throwable cause = failure.getCause();
    if (failure instanceof SQLException
        && cause != null
        && cause.getMessage() != null
        && message.endsWith(": " + cause.getMessage())) {
      return hinted(cause.getMessage());
    }
    if (message.startsWith("Error while preparing statement [")) {
      // Calcite quotes only the statement; the cause says what is wrong with it
      Throwable adapter = adapterFailure(failure);
      if (adapter != null && adapter.getMessage() != null) {
        return adapter.getMessage();
      }
      Throwable badSql = badSql(failure);
      if (badSql != null && badSql.getMessage() != null) {
        return hinted(badSql.getMessage());
      }
    }
    return message;
  }

  /** The first failure of the SQL text itself in the cause chain, or null. */
  private static Throwable badSql(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      for (Class<? extends Throwable> kind : BAD_SQL) {
        if (kind.isInstance(t)) {
          return t;
        }
      }
    }
    return null;
  }

  /** Adds what to do where Calcite's message only says what is wrong. */
  private static String hinted(String message) {
    return message.contains("Illegal use of dynamic parameter")
        ? firstLine(message)
            + " (its type cannot be inferred here: write CAST(? AS VARCHAR),"
            + " or the type you mean)"
        : message;
  }

  /**
   * The SQLState of the most telling exception in the cause chain: the adapter's state for a
   * VirusTotal or query failure, 42000 for bad SQL, else HY000.
   */
  static String stateOf(Throwable failure) {
    Throwable adapter = adapterFailure(failure);
    if (adapter != null) {
      return SqlStates.of((RuntimeException) adapter);
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

  /** The adapter's failure in the cause chain, or null. */
  private static Throwable adapterFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (SqlStates.knows(t)) {
        return t;
      }
    }
    return null;
  }

  /**
   * The first line of a message without the prefixes Avatica adds around it, locally and remotely:
   * {@code Error <code> (<state>) : }, {@code Error while executing SQL "<sql>": } and the remote
   * driver's {@code Remote driver error: }.
   *
   * @param sql the statement's text when known (it may contain the separator), else null
   */
  static String coreMessage(String message, String sql) {
    String text = message == null ? "" : ERROR_PREFIX.matcher(message).replaceFirst("");
    if (text.startsWith(EXECUTING)) {
      String rest = text.substring(EXECUTING.length());
      int end = sql != null && rest.startsWith(sql + "\": ") ? sql.length() : rest.indexOf("\": ");
      if (end >= 0) {
        text = rest.substring(end + "\": ".length());
      }
    }
    if (text.startsWith(REMOTE)) {
      text = text.substring(REMOTE.length());
    }
    return firstLine(text);
  }

  /** Calcite's parse errors append many lines of expected tokens; the first line says it. */
  static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}
