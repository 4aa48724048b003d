package io.vtsql.adapter.rules;

import io.vtsql.adapter.catalog.RelationshipColumn;
import io.vtsql.adapter.pushdown.ParentTranslator;
import io.vtsql.adapter.pushdown.TargetIdParents;
import java.util.List;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rex.RexNode;

/**
 * Gives a relationship scan its parent ids from the filter above it (constants, parameters, or the
 * correlation variables of a batched nested-loop join). The whole condition stays as a Calcite
 * filter: VirusTotal cannot filter a relationship, and the parent conjunct is cheap to re-check.
 */
public final class RelationshipParentRule extends RelRule<VtRuleConfig> {
  static final VtRuleConfig CONFIG =
      VtRuleConfig.of(
          "RelationshipParentRule",
          b0 ->
              b0.operand(LogicalFilter.class)
                  .oneInput(
                      b1 ->
                          b1.operand(VtTableScan.class)
                              .predicate(VtTableScan::logicalParentScan)
                              .noInputs()),
          RelationshipParentRule::new);

  private RelationshipParentRule(VtRuleConfig config) {
    super(config);
  }

  @Override
  public boolean matches(RelOptRuleCall call) {
    final Filter filter = call.rel(0);
    final VtTableScan scan = call.rel(1);
    return scan.parentQuery().parents().isEmpty() && !parents(filter, scan).isEmpty();
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    final Filter filter = call.rel(0);
    final VtTableScan scan = call.rel(1);
    final VtTableScan withParents =
        scan.withSpec(scan.parentQuery().withParents(parents(filter, scan)));
    call.transformTo(filter.copy(filter.getTraitSet(), withParents, filter.getCondition()));
  }

  private static List<RexNode> parents(Filter filter, VtTableScan scan) {
    return translator(filter, scan).parents(filter.getCondition());
  }

  /** A translator for conditions of {@code filter} on the output of {@code scan}. */
  static ParentTranslator translator(Filter filter, VtTableScan scan) {
    final List<RelationshipColumn> columns = scan.parentQuery().columns();
    int parent = -1;
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).kind() == RelationshipColumn.Kind.PARENT_ID) {
        parent = i;
      }
    }
    return new ParentTranslator(
        filter.getCluster().getRexBuilder(),
        parent,
        TargetIdParents.of(filter.getCluster().getRexBuilder(), scan.parentQuery()));
  }
}
