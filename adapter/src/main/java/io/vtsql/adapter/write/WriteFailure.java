package io.vtsql.adapter.write;

import io.vtsql.adapter.VtWriteException;
import io.vtsql.client.VtException;
import java.util.Map;

/**
 * The one-line messages of a write that failed or was refused: what VirusTotal answered, how many
 * of the statement's requests had succeeded before, and, when the outcome is unknown, how to find
 * out whether it happened.
 */
final class WriteFailure {
  private WriteFailure() {}

  /** A write refused before any request. */
  static VtWriteException refused(String sqlState, String message) {
    return new VtWriteException(sqlState, message, null);
  }

  /** VirusTotal refused one request ({@code sqlState} null: the failure's own state). */
  static RuntimeException of(
      String sqlState,
      String table,
      WritePlan plan,
      WriteExecutor.Outgoing failed,
      int sent,
      int total,
      VtException e) {
    final String message =
        plan.operation() + " on " + table + " failed: " + e.getMessage() + done(sent, total);
    return new VtWriteException(sqlState, message, e);
  }

  /** A request whose outcome is unknown (reset, timeout, broken body, 500, 504). */
  static VtWriteException unknown(
      String table,
      WritePlan plan,
      WriteExecutor.Outgoing failed,
      int sent,
      int total,
      VtException e) {
    return new VtWriteException(
        "40003",
        "The write may or may not have happened: "
            + failed.write()
            + " failed with "
            + e.getMessage()
            + ". vtsql never sends a write twice, so it was not repeated; check with "
            + check(plan.request().check(), failed.sample())
            + " before running the statement again"
            + done(sent, total),
        e);
  }

  private static String done(int sent, int total) {
    return total <= 1
        ? ""
        : " (" + sent + " of the statement's " + total + " requests had succeeded before)";
  }

  /** The check's SQL with the failed row's values in place of its {@code {column}}s. */
  private static String check(String template, Map<String, Object> row) {
    String sql = template;
    for (Map.Entry<String, Object> e : row.entrySet()) {
      sql = sql.replace("{" + e.getKey() + "}", String.valueOf(e.getValue()).replace("'", "''"));
    }
    return sql;
  }
}
