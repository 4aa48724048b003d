package io.vtsql.adapter.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelCollation;
import org.apache.calcite.rel.RelCollations;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;

/**
 * Narrows a scan to the columns a {@code Project} of plain, distinct column references keeps
 * (computed expressions stay in Calcite), so that {@code SELECT id} can use {@code
 * descriptors_only=true} (a relationship its {@code /relationships/} descriptor endpoint) and no
 * row converts columns nobody reads. With {@code pushdown=false} it narrows only when a full object
 * is still needed, so the requests stay those of the whole entity.
 */
public final class VtProjectRule extends RelRule<VtRuleConfig> {
  static final VtRuleConfig CONFIG =
      VtRuleConfig.of(
          "VtProjectRule",
          b0 ->
              b0.operand(LogicalProject.class)
                  .oneInput(
                      b1 ->
                          b1.operand(VtTableScan.class).predicate(VtTableScan::logical).noInputs()),
          VtProjectRule::new);

  private VtProjectRule(VtRuleConfig config) {
    super(config);
  }

  @Override
  public boolean matches(RelOptRuleCall call) {
    final LogicalProject project = call.rel(0);
    final VtTableScan scan = call.rel(1);
    final List<Integer> refs = refs(project);
    if (refs == null || refs.size() >= scan.getRowType().getFieldCount()) {
      return false;
    }
    // a parent scan narrows whatever pushdown says: its requests stay those of its parents
    return scan.logicalParentScan()
        || scan.vtTable().backend().pushdown()
        || !scan.spec().withProjection(refs).descriptorsOnly();
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    final LogicalProject project = call.rel(0);
    final VtTableScan scan = call.rel(1);
    final List<Integer> refs = refs(project);
    final VtTableScan narrowed =
        scan.withSpec(scan.spec().withProjection(refs), traits(scan, refs));
    call.transformTo(
        call.builder().push(narrowed).rename(project.getRowType().getFieldNames()).build());
  }

  /** The scan's traits with its collation (a pushed order) renumbered for the projection. */
  private static RelTraitSet traits(VtTableScan scan, List<Integer> refs) {
    final RelCollation collation = scan.getTraitSet().getCollation();
    if (collation == null || collation.getFieldCollations().isEmpty()) {
      return scan.getTraitSet();
    }
    final List<RelFieldCollation> kept = new ArrayList<>();
    for (RelFieldCollation fc : collation.getFieldCollations()) {
      final int at = refs.indexOf(fc.getFieldIndex());
      if (at < 0) {
        break;
      }
      kept.add(fc.withFieldIndex(at));
    }
    return scan.getTraitSet().replace(RelCollations.of(kept));
  }

  /** Ordinals of a projection of distinct input references, or null. */
  private static List<Integer> refs(LogicalProject project) {
    if (!project.getVariablesSet().isEmpty()) {
      return null;
    }
    final List<Integer> refs = new ArrayList<>();
    for (RexNode e : project.getProjects()) {
      if (!(e instanceof RexInputRef ref)) {
        return null;
      }
      refs.add(ref.getIndex());
    }
    return new HashSet<>(refs).size() == refs.size() ? refs : null;
  }
}
