package io.vtsql.simulator.search;

import java.util.Objects;

/**
 * One {@code modifier:value} condition.
 *
 * @param modifier lower-cased modifier name
 * @param value the unescaped value, bound suffix ({@code +}/{@code -}) included
 * @param position character offset of the term in the query, for error messages
 */
record TermNode(String modifier, String value, int position) implements Node {
  TermNode {
    Objects.requireNonNull(modifier, "modifier");
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return modifier + ":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
