package io.vtsql.adapter;

import io.vtsql.client.VtException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import java.util.List;
import org.apache.calcite.avatica.AvaticaClientRuntimeException;
import org.apache.calcite.avatica.AvaticaSeverity;

/**
 * Turns an adapter failure into what JDBC callers can act on: a {@link SQLException} with a
 * meaningful SQLState, the VirusTotal error code, HTTP status (also the vendor error code) and
 * request path in its message.
 *
 * <p>How it reaches the caller depends on where Avatica is. While a statement executes, Avatica's
 * {@code Helper.createException} keeps the SQLState only of an {@link
 * AvaticaClientRuntimeException} (any other exception becomes a SQLException without state), so
 * that is what is thrown then. Once {@code ResultSet.next()} is fetching, nothing wraps exceptions
 * any more, so the SQLException itself is thrown (unchecked, since {@code Enumerator.moveNext}
 * declares none) and arrives unchanged at the caller of {@code next()}, which declares {@code
 * SQLException}.
 */
public final class JdbcErrors {
  private static final String RESULT_SET = "org.apache.calcite.avatica.AvaticaResultSet";

  private JdbcErrors() {}

  /** Whether the failure is one of the adapter's own (it is translated; others pass through). */
  static boolean translatable(RuntimeException e) {
    return e instanceof VtException
        || e instanceof VtWriteException
        || e instanceof VtBudgetExceededException
        || e instanceof VtQueryException;
  }

  /** The SQLException of an adapter failure. */
  static SQLException toSqlException(RuntimeException e) {
    final int vendorCode =
        e instanceof VtException v
            ? v.httpStatus()
            : e.getCause() instanceof VtException v ? v.httpStatus() : 0;
    return new SQLException(e.getMessage(), SqlStates.of(e), vendorCode, e);
  }

  /** Throws the failure in the form that keeps its SQLState where it is thrown from. */
  public static RuntimeException rethrow(RuntimeException e) {
    if (!translatable(e)) {
      throw e;
    }
    final SQLException sql = toSqlException(e);
    if (fetching()) {
      throw JdbcErrors.<RuntimeException>sneaky(sql);
    }
    final AvaticaClientRuntimeException avatica =
        new AvaticaClientRuntimeException(
            sql.getMessage(),
            sql.getErrorCode(),
            sql.getSQLState(),
            AvaticaSeverity.ERROR,
            List.of(stackTrace(e)),
            null);
    avatica.initCause(e);
    throw avatica;
  }

  /** Whether the current thread is inside {@code AvaticaResultSet.next()}. */
  private static boolean fetching() {
    return StackWalker.getInstance()
        .walk(
            frames ->
                frames.anyMatch(
                    f -> f.getClassName().equals(RESULT_SET) && f.getMethodName().equals("next")));
  }

  private static String stackTrace(Throwable t) {
    final StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return w.toString();
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> RuntimeException sneaky(Throwable t) throws E {
    throw (E) t;
  }
}
