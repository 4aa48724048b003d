package io.vtsql.adapter.query;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A pushed ORDER BY: one column VirusTotal sorts by, and the further sort keys that are applied
 * locally within each group of rows tied on it (VirusTotal promises no order among ties).
 *
 * @param column SQL column name
 * @param field name of the {@code order} field, e.g. {@code positives}
 * @param descending whether the order is descending
 * @param ties keys that order the rows tied on {@code column}, applied locally; empty when the
 *     order among ties does not matter
 */
public record VtOrder(String column, String field, boolean descending, List<TieKey> ties) {
  public VtOrder {
    requireNonNull(column, "column");
    requireNonNull(field, "field");
    ties = List.copyOf(ties);
  }

  /** The value of the {@code order} request parameter, e.g. {@code positives-}. */
  public String parameter() {
    return field + (descending ? "-" : "+");
  }

  /** EXPLAIN's description of the local keys, e.g. {@code id, size DESC}; empty without ties. */
  public String tieDescription() {
    return ties.stream().map(TieKey::toString).collect(Collectors.joining(", "));
  }

  /**
   * A sort key applied locally among rows tied on the pushed column.
   *
   * @param column SQL column name
   * @param descending whether the key is descending
   * @param nullsFirst whether NULL sorts before every value
   */
  public record TieKey(String column, boolean descending, boolean nullsFirst) {
    public TieKey {
      requireNonNull(column, "column");
    }

    @Override
    public String toString() {
      return column + (descending ? " DESC" : "") + (nullsFirst ? " NULLS FIRST" : "");
    }
  }
}
