package io.vtsql.adapter.exec;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.VtColumn;
import io.vtsql.adapter.query.VtOrder;
import io.vtsql.client.VtObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Completes a pushed order locally: VirusTotal returns objects sorted on the first key only, so
 * each run of objects tied on it is buffered and sorted by the further keys before any of it is
 * handed out. A run is read only when the consumer wants its first row, and ends at the first
 * object with another value (read ahead and kept for the next run), so a LIMIT reads just past the
 * tie group at its boundary.
 */
public final class TieGroups {
  private final Supplier<VtObject> upstream;
  private final RowConverter keys;
  private final Comparator<Object[]> tieOrder;
  private final List<Keyed> group = new ArrayList<>();
  private int nextInGroup;
  private Keyed ahead;

  /**
   * Creates the grouping.
   *
   * @param upstream the objects in VirusTotal's order, then null
   * @param order the pushed order and its tie keys
   */
  TieGroups(Supplier<VtObject> upstream, VtOrder order, ObjectType entity) {
    this.upstream = requireNonNull(upstream, "upstream");
    final List<VtColumn> columns = new ArrayList<>();
    columns.add(entity.column(order.column()).orElseThrow());
    Comparator<Object[]> c = (a, b) -> 0;
    for (int i = 0; i < order.ties().size(); i++) {
      final VtOrder.TieKey key = order.ties().get(i);
      columns.add(entity.column(key.column()).orElseThrow());
      c = c.thenComparing(keyOrder(i + 1, key));
    }
    this.keys = new RowConverter(columns);
    this.tieOrder = c;
  }

  /** The next object in the full order, or null when there is none. */
  VtObject next() {
    if (nextInGroup == group.size() && !fill()) {
      return null;
    }
    return group.get(nextInGroup++).object;
  }

  /** Reads the next tie group and sorts it; false at the end. */
  private boolean fill() {
    group.clear();
    nextInGroup = 0;
    Keyed first = ahead != null ? ahead : read();
    ahead = null;
    if (first == null) {
      return false;
    }
    group.add(first);
    for (Keyed k = read(); k != null; k = read()) {
      if (!Objects.equals(k.key[0], first.key[0])) {
        ahead = k;
        break;
      }
      group.add(k);
    }
    group.sort((a, b) -> tieOrder.compare(a.key, b.key));
    return true;
  }

  private Keyed read() {
    final VtObject o = upstream.get();
    return o == null ? null : new Keyed(o, keys.toRow(o));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Comparator<Object[]> keyOrder(int index, VtOrder.TieKey key) {
    final Comparator<Comparable> values =
        key.descending() ? Comparator.reverseOrder() : Comparator.naturalOrder();
    final Comparator<Comparable> withNulls =
        key.nullsFirst() ? Comparator.nullsFirst(values) : Comparator.nullsLast(values);
    return (a, b) -> withNulls.compare((Comparable) a[index], (Comparable) b[index]);
  }

  /** An object with its sort key values (first the pushed column, then the tie keys). */
  private record Keyed(VtObject object, Object[] key) {}
}
