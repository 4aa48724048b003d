package io.vtsql.bench;

import static java.util.Objects.requireNonNull;

/**
 * What one quota-suite question cost: vtsql's requests, the script's, the rows returned, and
 * whether the required request (e.g. the descriptor endpoint) was among vtsql's.
 *
 * @param error null, or why the vtsql statement failed
 */
record QuotaResult(
    QuotaQuery query,
    long rows,
    long requests,
    long scriptRequests,
    boolean sentRequired,
    String error) {

  QuotaResult {
    requireNonNull(query, "query");
  }

  /** Whether vtsql answered with exactly the minimum, sending what it must. */
  boolean atMinimum() {
    return error == null && requests == query.minimum() && sentRequired;
  }

  /** requests / minimum; 1.00 is the goal (a minimum of 0 met exactly also counts as 1.00). */
  double efficiency() {
    if (query.minimum() == 0) {
      return requests == 0 ? 1.0 : Double.POSITIVE_INFINITY;
    }
    return (double) requests / query.minimum();
  }

  /** script requests / vtsql requests: how many times more quota the script spends. */
  double savings() {
    return requests == 0 ? Double.POSITIVE_INFINITY : (double) scriptRequests / requests;
  }

  /** One line for a failing assertion or a report. */
  String describe() {
    return query.name()
        + ": vtsql "
        + requests
        + " requests, minimum "
        + query.minimum()
        + " ("
        + query.reasoning()
        + ")"
        + (sentRequired ? "" : ", required request missing: " + query.mustSend())
        + (error == null ? "" : ", failed: " + error)
        + "; SQL: "
        + query.sql();
  }
}
