package io.vtsql.simulator.search;

import java.util.List;
import java.util.stream.Collectors;

/** A disjunction: at least one child must match. */
record OrNode(List<Node> children) implements Node {
  OrNode {
    children = List.copyOf(children);
  }

  @Override
  public String toString() {
    return children.stream().map(Node::toString).collect(Collectors.joining(" ", "(OR ", ")"));
  }
}
