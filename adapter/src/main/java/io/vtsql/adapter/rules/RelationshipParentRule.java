package io.vtsql.adapter.rules;

import io.vtsql.adapter.catalog.RelationshipColumn;
import io.vtsql.adapter.pushdown.DateRangeTranslator;
import io.vtsql.adapter.pushdown.ParentTranslator;
import io.vtsql.adapter.pushdown.TargetIdParents;
import io.vtsql.adapter.query.DateRange;
import io.vtsql.adapter.query.RelationshipQuery;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rex.RexNode;

/**
 * Gives a relationship scan its parent ids from the filter above it (constants, parameters, or the
 * correlation variables of a batched nested-loop join), and a child table with a day window its
 * days ({@link DateRangeTranslator}). The whole condition stays as a Calcite filter: VirusTotal
 * cannot filter a relationship, and the parent and day conjuncts are cheap to re-check.
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
    return narrowed(filter, scan) != scan.parentQuery();
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    final Filter filter = call.rel(0);
    final VtTableScan scan = call.rel(1);
    final VtTableScan narrowed = scan.withSpec(narrowed(filter, scan));
    call.transformTo(filter.copy(filter.getTraitSet(), narrowed, filter.getCondition()));
  }

  /** The scan's query with the parents and days the filter gives it (the same when none). */
  private static RelationshipQuery narrowed(Filter filter, VtTableScan scan) {
    RelationshipQuery q = scan.parentQuery();
    if (q.parents().isEmpty()) {
      final List<RexNode> parents = parents(filter, scan);
      if (!parents.isEmpty()) {
        q = q.withParents(parents);
      }
    }
    if (q.range() == null && q.window().isPresent()) {
      final Optional<DateRange> range =
          DateRangeTranslator.range(
              filter.getCluster().getRexBuilder(),
              filter.getCondition(),
              ordinal(q, q.window().get().column()));
      if (range.isPresent()) {
        q = q.withRange(range.get());
      }
    }
    return q;
  }

  private static int ordinal(RelationshipQuery q, String column) {
    final List<RelationshipColumn> columns = q.columns();
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(column)) {
        return i;
      }
    }
    return -1;
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
