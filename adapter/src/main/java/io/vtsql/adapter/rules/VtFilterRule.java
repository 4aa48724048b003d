package io.vtsql.adapter.rules;

import io.vtsql.adapter.pushdown.FilterTranslator;
import io.vtsql.adapter.pushdown.Translation;
import io.vtsql.adapter.query.VtQuery;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.logical.LogicalFilter;

/**
 * Folds the translatable part of a {@link Filter} into the scan below it and leaves the remainder
 * as a filter. Never folds into a scan that already has a limit or offset (that would filter before
 * limiting), nor twice into the same scan.
 */
public final class VtFilterRule extends RelRule<VtRuleConfig> {
  static final VtRuleConfig CONFIG =
      VtRuleConfig.of(
          "VtFilterRule",
          b0 ->
              b0.operand(LogicalFilter.class)
                  .oneInput(
                      b1 ->
                          b1.operand(VtTableScan.class)
                              .predicate(VtTableScan::logicalObjectScan)
                              .noInputs()),
          VtFilterRule::new);

  private VtFilterRule(VtRuleConfig config) {
    super(config);
  }

  @Override
  public boolean matches(RelOptRuleCall call) {
    final Filter filter = call.rel(0);
    final VtTableScan scan = call.rel(1);
    final VtQuery q = scan.query();
    return !q.filtered()
        && q.fetch() == null
        && q.offset() == 0
        && translate(filter, scan).pushedAnything();
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    final Filter filter = call.rel(0);
    final VtTableScan scan = call.rel(1);
    final Translation t = translate(filter, scan);
    final VtTableScan pushed = scan.withSpec(scan.query().withTranslation(t), scan.getTraitSet());
    call.transformTo(call.builder().push(pushed).filter(t.remainder()).build());
  }

  private static Translation translate(Filter filter, VtTableScan scan) {
    return new FilterTranslator(
            filter.getCluster().getRexBuilder(), scan.query().entity(), scan.query().columns())
        .translate(filter.getCondition());
  }
}
