package io.vtsql.adapter;

import static java.util.Objects.requireNonNull;

import org.apache.calcite.rex.RexNode;

/**
 * One object identifier of a keyed access path: a literal or a dynamic parameter now, and any
 * other row-independent expression (e.g. a correlation variable of a batched nested-loop join)
 * later, since it is translated to Java by {@link KeyExpressions} at implement time.
 *
 * @param value expression giving the identifier (VARCHAR)
 * @param form how the identifier becomes a path segment
 */
public record LookupKey(RexNode value, Form form) {

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
  }

  @Override public String toString() {
    return form == Form.URL ? "url(" + value + ")" : value.toString();
  }
}
