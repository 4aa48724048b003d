package io.vtsql.adapter;

import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;

/**
 * The most requests one execution of a scan can cost, as EXPLAIN shows it
 * ({@code requestsAtMost}): a point lookup costs one per distinct key (literals are
 * deduplicated, each parameter counts once), a limited search costs its pages; an unlimited
 * search or keys only known at run time (joins) are unknown. Cache hits make it cheaper.
 */
final class RequestEstimate {
  private RequestEstimate() {}

  /** The bound, or empty when it cannot be known before running. */
  static OptionalLong of(VtQuery query) {
    if (query.accessPath() == AccessPath.POINT_LOOKUP) {
      final Set<String> literals = new HashSet<>();
      long params = 0;
      for (LookupKey key : query.keys()) {
        final RexNode v = key.value();
        if (v instanceof RexLiteral literal) {
          final String s = literal.getValueAs(String.class);
          if (s != null && !s.isEmpty()) {
            literals.add(key.form() + ":" + s);
          }
        } else if (v instanceof RexDynamicParam) {
          params++;
        } else {
          return OptionalLong.empty();
        }
      }
      return OptionalLong.of(literals.size() + params);
    }
    final Long needed = query.rowsNeeded();
    if (needed == null) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Math.max(1, (needed + query.pageSize() - 1) / query.pageSize()));
  }

  /** EXPLAIN text: the number, or {@code unknown}. */
  static String describe(VtQuery query) {
    final OptionalLong bound = of(query);
    return bound.isPresent() ? Long.toString(bound.getAsLong()) : "unknown";
  }
}
