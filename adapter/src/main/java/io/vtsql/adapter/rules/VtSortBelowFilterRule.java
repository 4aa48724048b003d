package io.vtsql.adapter.rules;

import io.vtsql.adapter.query.AccessPath;
import io.vtsql.adapter.query.VtOrder;
import io.vtsql.adapter.query.VtQuery;
import java.util.Optional;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelCollations;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalSort;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;

/**
 * Pushes the order of a {@code Sort} beneath the local remainder filter of a search (sorting
 * commutes with filtering) and keeps its LIMIT/OFFSET above the filter: {@code Sort(fetch) <-
 * Filter <- Scan} becomes {@code Limit <- Filter <- Scan(order)}, so the lazily paged, ordered
 * search stops as soon as the limit has its rows. A plain LIMIT over such a filter marks the scan
 * the same way, which bounds it for the unbounded-search guard.
 */
public final class VtSortBelowFilterRule extends RelRule<VtRuleConfig> {
  static final VtRuleConfig CONFIG =
      VtRuleConfig.of(
          "VtSortBelowFilterRule",
          b0 ->
              b0.operand(LogicalSort.class)
                  .oneInput(
                      b1 ->
                          b1.operand(LogicalFilter.class)
                              .oneInput(
                                  b2 ->
                                      b2.operand(VtTableScan.class)
                                          .predicate(VtTableScan::logicalObjectScan)
                                          .noInputs())),
          VtSortBelowFilterRule::new);

  private VtSortBelowFilterRule(VtRuleConfig config) {
    super(config);
  }

  @Override
  public boolean matches(RelOptRuleCall call) {
    final Sort sort = call.rel(0);
    final VtTableScan scan = call.rel(2);
    final VtQuery q = scan.query();
    // The filter may be a remainder or a condition VirusTotal cannot answer at all (such as
    // malicious >= 0, which has no superset term): either way the LIMIT above it bounds paging.
    if (q.accessPath() != AccessPath.SCAN
        || q.fetch() != null
        || q.offset() != 0
        || q.limitAbove() != null
        || !(literalOrNull(sort.offset) && literalOrNull(sort.fetch))) {
      return false;
    }
    if (sort.getCollation().getFieldCollations().isEmpty()) {
      return sort.fetch != null;
    }
    final Optional<VtOrder> order = VtSortRule.order(sort, q);
    return order.isPresent() && (q.order() == null || q.order().equals(order.get()));
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    final Sort sort = call.rel(0);
    final Filter filter = call.rel(1);
    final VtTableScan scan = call.rel(2);
    final long offset = sort.offset == null ? 0 : RexLiteral.longValue(sort.offset);
    final Long rows = sort.fetch == null ? null : offset + RexLiteral.longValue(sort.fetch);
    final VtOrder order = VtSortRule.order(sort, scan.query()).orElse(null);
    final VtTableScan ordered =
        scan.withSpec(
            scan.query().withOrderBelowFilter(order, rows),
            order == null ? scan.getTraitSet() : scan.getTraitSet().replace(sort.getCollation()));
    // The filter keeps its input's order; say so in its traits, since metadata cannot see the
    // order of a table scan. Copying the filter keeps its correlation variables.
    final RelNode sortedFilter =
        filter.copy(
            order == null
                ? filter.getTraitSet()
                : filter.getTraitSet().replace(sort.getCollation()),
            ordered,
            filter.getCondition());
    if (sort.offset == null && sort.fetch == null) {
      call.transformTo(sortedFilter);
      return;
    }
    call.transformTo(
        LogicalSort.create(sortedFilter, RelCollations.EMPTY, sort.offset, sort.fetch));
  }

  private static boolean literalOrNull(RexNode node) {
    return node == null || node instanceof RexLiteral;
  }
}
