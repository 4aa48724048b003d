package io.vtsql.simulator.search;

import java.util.Objects;

/** A negation: matches exactly the objects its child does not match. */
record NotNode(Node child) implements Node {
  NotNode {
    Objects.requireNonNull(child, "child");
  }

  @Override
  public String toString() {
    return "(NOT " + child + ")";
  }
}
