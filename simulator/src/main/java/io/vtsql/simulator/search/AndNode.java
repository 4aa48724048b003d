package io.vtsql.simulator.search;

import java.util.List;
import java.util.stream.Collectors;

/** A conjunction: every child must match (explicit {@code AND} or whitespace). */
record AndNode(List<Node> children) implements Node {
  AndNode {
    children = List.copyOf(children);
  }

  @Override
  public String toString() {
    return children.stream().map(Node::toString).collect(Collectors.joining(" ", "(AND ", ")"));
  }
}
