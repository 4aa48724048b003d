package io.vtsql.adapter;

import static java.util.Objects.requireNonNull;

/**
 * A pushed ORDER BY: one column VirusTotal can sort by.
 *
 * @param column SQL column name
 * @param field name of the {@code order} field, e.g. {@code positives}
 * @param descending whether the order is descending
 */
public record VtOrder(String column, String field, boolean descending) {
  public VtOrder {
    requireNonNull(column, "column");
    requireNonNull(field, "field");
  }

  /** The value of the {@code order} request parameter, e.g. {@code positives-}. */
  public String parameter() {
    return field + (descending ? "-" : "+");
  }
}
