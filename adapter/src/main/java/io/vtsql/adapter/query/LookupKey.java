package io.vtsql.adapter.query;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.exec.LookupTargets;
import org.apache.calcite.rex.RexNode;

/**
 * One object identifier of a keyed access path, {@code column = value}: a literal or a dynamic
 * parameter, resolved when the scan runs (see {@link LookupTargets}), so that a list of any length
 * is data rather than generated code.
 *
 * @param value expression giving the identifier (VARCHAR)
 * @param form how the identifier becomes a path segment
 * @param column the key column the SQL compares with the value
 */
public record LookupKey(RexNode value, Form form, String column) {

  /** How a key value turns into the id segment of a request path. */
  public enum Form {
    /** The value is the id (or a hash VirusTotal accepts in its place). */
    ID,
    /** The value is a URL; the path uses base64url without padding. */
    URL
  }

  public LookupKey {
    requireNonNull(value, "value");
    requireNonNull(form, "form");
    requireNonNull(column, "column");
  }

  @Override
  public String toString() {
    return form == Form.URL ? "url(" + value + ")" : value.toString();
  }
}
