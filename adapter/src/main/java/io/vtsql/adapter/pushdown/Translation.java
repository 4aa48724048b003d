package io.vtsql.adapter.pushdown;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.query.AccessPath;
import io.vtsql.adapter.query.LookupKey;
import io.vtsql.adapter.query.SearchExpr;
import java.util.List;
import org.apache.calcite.rex.RexNode;

/**
 * What a filter translator made of a condition: either point-lookup keys or a search expression (or
 * neither), plus the conjuncts Calcite must still evaluate locally.
 *
 * @param keys identifiers for {@link AccessPath#POINT_LOOKUP}, empty otherwise
 * @param search pushed search expression, null when nothing is searched
 * @param remainder conjuncts that stay in a Calcite filter above the scan
 */
public record Translation(List<LookupKey> keys, SearchExpr search, List<RexNode> remainder) {
  public Translation {
    keys = List.copyOf(keys);
    remainder = List.copyOf(requireNonNull(remainder, "remainder"));
  }

  /** Whether anything at all reaches VirusTotal. */
  public boolean pushedAnything() {
    return !keys.isEmpty() || search != null;
  }
}
