package io.vtsql.adapter.rules;

import io.vtsql.adapter.catalog.VtColumn;
import io.vtsql.adapter.exec.TieGroups;
import io.vtsql.adapter.query.AccessPath;
import io.vtsql.adapter.query.VtOrder;
import io.vtsql.adapter.query.VtQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.logical.LogicalSort;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;

/**
 * Folds ORDER BY (on an allowed order), OFFSET and FETCH into a search scan. VirusTotal sorts
 * objects lacking the field last in both directions, so the first key is pushed only as {@code col
 * [DESC] NULLS LAST}; it promises no order among ties, so any further keys are applied by the scan
 * itself within each tie group ({@link TieGroups}), still lazily.
 */
public final class VtSortRule extends RelRule<VtRuleConfig> {
  static final VtRuleConfig CONFIG =
      VtRuleConfig.of(
          "VtSortRule",
          b0 ->
              b0.operand(LogicalSort.class)
                  .oneInput(
                      b1 ->
                          b1.operand(VtTableScan.class)
                              .predicate(VtTableScan::logicalObjectScan)
                              .noInputs()),
          VtSortRule::new);

  private VtSortRule(VtRuleConfig config) {
    super(config);
  }

  @Override
  public boolean matches(RelOptRuleCall call) {
    final Sort sort = call.rel(0);
    final VtTableScan scan = call.rel(1);
    final VtQuery q = scan.query();
    if (q.accessPath() != AccessPath.SCAN
        || q.fetch() != null
        || q.offset() != 0
        || q.limitAbove() != null
        || !literalOrNull(sort.offset)
        || !literalOrNull(sort.fetch)) {
      return false;
    }
    if (sort.getCollation().getFieldCollations().isEmpty()) {
      return sort.fetch != null || sort.offset != null;
    }
    final Optional<VtOrder> order = order(sort, q);
    return order.isPresent() && (q.order() == null || q.order().equals(order.get()));
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    final Sort sort = call.rel(0);
    final VtTableScan scan = call.rel(1);
    final VtOrder order = order(sort, scan.query()).orElse(null);
    final long offset = sort.offset == null ? 0 : RexLiteral.longValue(sort.offset);
    final Long fetch = sort.fetch == null ? null : RexLiteral.longValue(sort.fetch);
    final VtQuery q = scan.query().withSort(order, offset, fetch);
    call.transformTo(scan.withSpec(q, scan.getTraitSet().replace(sort.getCollation())));
  }

  private static boolean literalOrNull(RexNode node) {
    return node == null || node instanceof RexLiteral;
  }

  /**
   * The VirusTotal order of the sort's collation, if its first key is an allowed order with missing
   * values last; further keys become {@link VtOrder.TieKey}s applied locally.
   */
  static Optional<VtOrder> order(Sort sort, VtQuery q) {
    final List<RelFieldCollation> fields = sort.getCollation().getFieldCollations();
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    final List<VtColumn> columns = q.columns();
    final List<VtOrder.TieKey> ties = new ArrayList<>();
    for (RelFieldCollation tie : fields.subList(1, fields.size())) {
      final RelFieldCollation.Direction d = tie.getDirection();
      if (d != RelFieldCollation.Direction.ASCENDING
          && d != RelFieldCollation.Direction.DESCENDING) {
        return Optional.empty();
      }
      final RelFieldCollation.NullDirection nulls =
          tie.nullDirection == RelFieldCollation.NullDirection.UNSPECIFIED
              ? d.defaultNullDirection()
              : tie.nullDirection;
      ties.add(
          new VtOrder.TieKey(
              columns.get(tie.getFieldIndex()).name(),
              d == RelFieldCollation.Direction.DESCENDING,
              nulls == RelFieldCollation.NullDirection.FIRST));
    }
    final RelFieldCollation first = fields.get(0);
    final RelFieldCollation.Direction dir = first.getDirection();
    if (dir != RelFieldCollation.Direction.ASCENDING
            && dir != RelFieldCollation.Direction.DESCENDING
        || first.nullDirection != RelFieldCollation.NullDirection.LAST) {
      return Optional.empty();
    }
    final String column = columns.get(first.getFieldIndex()).name();
    final boolean descending = dir == RelFieldCollation.Direction.DESCENDING;
    // A field declared with a direction suffix ("date-") is documented in that direction only.
    return q.entity()
        .orderField(column)
        .filter(f -> !f.endsWith(descending ? "+" : "-"))
        .map(f -> f.endsWith("-") || f.endsWith("+") ? f.substring(0, f.length() - 1) : f)
        .map(f -> new VtOrder(column, f, descending, ties));
  }
}
