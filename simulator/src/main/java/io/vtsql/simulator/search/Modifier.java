package io.vtsql.simulator.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Predicate;

/** A search modifier: compiles one {@code modifier:value} into a predicate over corpus objects. */
@FunctionalInterface
interface Modifier {

  /**
   * The predicate for {@code name:value}; throws {@link SearchException} when the value is
   * malformed for this modifier. Called once per query term, never per object.
   */
  Predicate<ObjectNode> compile(String name, String value, SearchContext context);
}
