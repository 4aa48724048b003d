package io.vtsql.adapter.write;

import io.vtsql.adapter.table.VtTable;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.logical.LogicalTableModify;

/**
 * Turns Calcite's {@code LogicalTableModify} on a table of the catalogue into a {@link
 * VtTableWrite}, planning its requests with {@link WritePlanner} (which refuses, before any
 * request, what the table's declaration does not take).
 */
public final class VtWriteRule extends RelOptRule {
  /** The rule; {@code VtPrepare} adds it to every planner. */
  public static final VtWriteRule INSTANCE = new VtWriteRule();

  private VtWriteRule() {
    super(operand(LogicalTableModify.class, any()), "VtWriteRule");
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    final LogicalTableModify modify = call.rel(0);
    final VtTable vtTable = modify.getTable().unwrap(VtTable.class);
    if (vtTable == null) {
      return;
    }
    final WritePlan plan =
        WritePlanner.of(modify, vtTable.def(), modify.getCluster().getRexBuilder());
    final RelNode input =
        plan.operation() == WritePlan.Operation.INSERT
            ? convert(
                modify.getInput(),
                modify.getInput().getTraitSet().replace(EnumerableConvention.INSTANCE))
            : null;
    call.transformTo(
        new VtTableWrite(
            modify.getCluster(),
            VtTableWrite.traits(modify.getCluster()),
            modify.getTable(),
            vtTable,
            plan,
            input));
  }
}
