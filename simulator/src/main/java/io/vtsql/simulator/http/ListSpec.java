package io.vtsql.simulator.http;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The simulator's own declaration of one list endpoint: its path, page maximum, the filter
 * modifiers it accepts, the attributes it may be ordered by (numeric unless named in {@code
 * textOrders}) and its default order ({@code field+} / {@code field-}).
 */
record ListSpec(
    String path,
    int maxLimit,
    Map<String, AttributeMatch> modifiers,
    Map<String, String> orders,
    Set<String> textOrders,
    String defaultOrder) {
  ListSpec {
    Objects.requireNonNull(path, "path");
    modifiers = Map.copyOf(modifiers);
    orders = Map.copyOf(orders);
    textOrders = Set.copyOf(textOrders);
    Objects.requireNonNull(defaultOrder, "defaultOrder");
  }
}
