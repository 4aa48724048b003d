package io.vtsql.adapter.catalog;

import static java.util.Objects.requireNonNull;

/**
 * The day range a child table's sub-resource must be asked for, e.g. {@code GET
 * /users/{id}/api_usage?start_date=YYYYMMDD&end_date=YYYYMMDD} (at most 30 days per request,
 * protocol.md §5 Users / groups / quotas): a WHERE on the table's day column gives the range, a
 * longer one is split into several requests, and a statement without one fails before any request.
 *
 * @param column the table's day column (its map key, {@code YYYY-MM-DD})
 * @param startParam the query parameter of the first day
 * @param endParam the query parameter of the last day (included)
 * @param maxDays most days one request may span
 */
public record DateWindow(String column, String startParam, String endParam, int maxDays) {
  public DateWindow {
    requireNonNull(column, "column");
    requireNonNull(startParam, "startParam");
    requireNonNull(endParam, "endParam");
    if (maxDays < 1) {
      throw new IllegalArgumentException("maxDays must be positive: " + maxDays);
    }
  }
}
