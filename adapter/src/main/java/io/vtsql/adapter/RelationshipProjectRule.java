package io.vtsql.adapter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;

/**
 * Narrows a relationship scan to the columns a {@code Project} of plain, distinct column
 * references keeps, so that selecting only ids uses the {@code /relationships/{name}}
 * descriptor endpoint.
 */
public final class RelationshipProjectRule extends RelRule<VtRuleConfig> {
  static final VtRuleConfig CONFIG = VtRuleConfig.of("RelationshipProjectRule",
      b0 -> b0.operand(LogicalProject.class).oneInput(b1 ->
          b1.operand(RelationshipScan.class).predicate(RelationshipScan::logical).noInputs()),
      RelationshipProjectRule::new);

  private RelationshipProjectRule(VtRuleConfig config) {
    super(config);
  }

  @Override public boolean matches(RelOptRuleCall call) {
    final LogicalProject project = call.rel(0);
    final RelationshipScan scan = call.rel(1);
    final List<Integer> refs = refs(project);
    return refs != null && refs.size() < scan.getRowType().getFieldCount();
  }

  @Override public void onMatch(RelOptRuleCall call) {
    final LogicalProject project = call.rel(0);
    final RelationshipScan scan = call.rel(1);
    final RelationshipScan narrowed =
        scan.withQuery(scan.query().withProjection(refs(project)));
    call.transformTo(call.builder().push(narrowed)
        .rename(project.getRowType().getFieldNames()).build());
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
