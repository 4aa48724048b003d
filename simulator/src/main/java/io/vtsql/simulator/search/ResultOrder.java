package io.vtsql.simulator.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A parsed {@code order} parameter: {@code field} or {@code field+} ascending, {@code field-}
 * descending. Objects missing the field sort last in either direction; ties (and missing values
 * among themselves) are ordered as {@link SearchSemantics.Ties} says (by id, or shuffled by a fixed
 * hash of the id), the same way on every page so that paging is stable.
 */
final class ResultOrder {

  private final boolean descending;
  private final Function<ObjectNode, Comparable<?>> key;
  private final SearchSemantics.Ties ties;

  private ResultOrder(
      boolean descending, Function<ObjectNode, Comparable<?>> key, SearchSemantics.Ties ties) {
    this.descending = descending;
    this.key = key;
    this.ties = ties;
  }

  /** The order for {@code entity}; null or blank means the entity's default order. */
  static ResultOrder parse(Entity entity, String order, SearchSemantics.Ties ties) {
    // A '+' sent unencoded in a query string arrives as a space; trimming keeps it ascending.
    String text = order == null || order.isBlank() ? entity.defaultOrder() : order.trim();
    boolean descending = text.endsWith("-");
    String field =
        text.endsWith("-") || text.endsWith("+") ? text.substring(0, text.length() - 1) : text;
    Function<ObjectNode, Comparable<?>> key = entity.sortKey(field);
    if (key == null) {
      throw SearchException.badRequest(
          "Invalid order '"
              + order
              + "' for entity '"
              + entity.keyword()
              + "': allowed orders are "
              + entity.allowedOrders()
              + ", optionally followed by + or -");
    }
    return new ResultOrder(descending, key, Objects.requireNonNull(ties, "ties"));
  }

  /** {@code objects} in this order, as a new list; each key is extracted once. */
  List<ObjectNode> sort(List<ObjectNode> objects) {
    int n = objects.size();
    Entry[] entries = new Entry[n];
    for (int i = 0; i < n; i++) {
      ObjectNode object = objects.get(i);
      entries[i] = new Entry(object, key.apply(object), object.path("id").asText());
    }
    Arrays.sort(entries, comparator());
    List<ObjectNode> sorted = new ArrayList<>(n);
    for (Entry entry : entries) {
      sorted.add(entry.object);
    }
    return sorted;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Comparator<Entry> comparator() {
    Comparator<Comparable> values =
        descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
    Comparator<Entry> byKey =
        Comparator.comparing(e -> (Comparable) e.key, Comparator.nullsLast(values));
    return ties == SearchSemantics.Ties.BY_ID
        ? byKey.thenComparing(e -> e.id)
        : byKey.thenComparingLong(e -> shuffle(e.id)).thenComparing(e -> e.id);
  }

  /** A fixed pseudo-random rank of an id (a 64-bit mix of its characters). */
  private static long shuffle(String id) {
    long h = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < id.length(); i++) {
      h = (h ^ id.charAt(i)) * 0xBF58476D1CE4E5B9L;
      h ^= h >>> 31;
    }
    return h;
  }

  private static final class Entry {
    private final ObjectNode object;
    private final Comparable<?> key;
    private final String id;

    private Entry(ObjectNode object, Comparable<?> key, String id) {
      this.object = Objects.requireNonNull(object);
      this.key = key;
      this.id = id;
    }
  }
}
