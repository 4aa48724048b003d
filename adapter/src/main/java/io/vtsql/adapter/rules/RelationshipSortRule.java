package io.vtsql.adapter.rules;

import io.vtsql.adapter.query.RelationshipQuery;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalSort;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;

/**
 * Folds a LIMIT/OFFSET without ORDER BY into a relationship scan of constant parents (literals or
 * parameters), so the scan stops requesting once it has the rows the LIMIT keeps.
 *
 * <p>Matches {@code Sort(fetch[, offset]) -> Filter -> VtTableScan} where the filter is only the
 * parent predicate that gave the scan its parents: every row the scan produces then passes it, so
 * limiting below the filter keeps exactly the rows limiting above it would, and the Sort is
 * dropped. A Sort with a collation is left alone: parent order then API order is not an SQL order,
 * so no ORDER BY is satisfied by the scan. A filter with any other conjunct is left alone too (it
 * may reject rows, so the scan cannot know how many it needs).
 */
public final class RelationshipSortRule extends RelRule<VtRuleConfig> {
  static final VtRuleConfig CONFIG =
      VtRuleConfig.of(
          "RelationshipSortRule",
          b0 ->
              b0.operand(LogicalSort.class)
                  .oneInput(
                      b1 ->
                          b1.operand(LogicalFilter.class)
                              .oneInput(
                                  b2 ->
                                      b2.operand(VtTableScan.class)
                                          .predicate(VtTableScan::logicalParentScan)
                                          .noInputs())),
          RelationshipSortRule::new);

  private RelationshipSortRule(VtRuleConfig config) {
    super(config);
  }

  @Override
  public boolean matches(RelOptRuleCall call) {
    final Sort sort = call.rel(0);
    final Filter filter = call.rel(1);
    final VtTableScan scan = call.rel(2);
    final RelationshipQuery q = scan.parentQuery();
    return sort.getCollation().getFieldCollations().isEmpty()
        && sort.fetch instanceof RexLiteral
        && literalOrNull(sort.offset)
        && q.fetch() == null
        && q.offset() == 0
        && !q.parents().isEmpty()
        && !q.correlated()
        && RelationshipParentRule.translator(filter, scan).onlyParents(filter.getCondition())
        && RelationshipParentRule.translator(filter, scan)
            .parents(filter.getCondition())
            .equals(q.parents());
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    final Sort sort = call.rel(0);
    final Filter filter = call.rel(1);
    final VtTableScan scan = call.rel(2);
    final long offset = sort.offset == null ? 0 : RexLiteral.longValue(sort.offset);
    final long fetch = RexLiteral.longValue(sort.fetch);
    final VtTableScan limited = scan.withSpec(scan.parentQuery().withLimit(offset, fetch));
    call.transformTo(filter.copy(filter.getTraitSet(), limited, filter.getCondition()));
  }

  private static boolean literalOrNull(RexNode node) {
    return node == null || node instanceof RexLiteral;
  }
}
