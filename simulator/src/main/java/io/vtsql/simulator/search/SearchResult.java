package io.vtsql.simulator.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * The complete, ordered answer to one intelligence search, before paging.
 *
 * @param entityType API type of the hits: {@code file}, {@code url}, {@code domain} or {@code
 *     ip_address}
 * @param hits full objects in result order; each element is a fresh copy of the corpus object
 *     carrying {@code context_attributes} where VirusTotal sends them
 * @param allowedOrders the orders accepted for this entity, as served in {@code meta}
 * @param daysBack the {@code meta.days_back} value
 */
public record SearchResult(
    String entityType, List<ObjectNode> hits, List<String> allowedOrders, int daysBack) {
  public SearchResult {
    Objects.requireNonNull(entityType, "entityType");
    Objects.requireNonNull(hits, "hits");
    allowedOrders = List.copyOf(Objects.requireNonNull(allowedOrders, "allowedOrders"));
  }
}
