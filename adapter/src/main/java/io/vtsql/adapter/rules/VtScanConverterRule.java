package io.vtsql.adapter.rules;

import org.apache.calcite.plan.Convention;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterRule;

/**
 * Turns a logical {@link VtTableScan} (with whatever was folded into it) into the VT convention.
 */
public final class VtScanConverterRule extends ConverterRule {
  static final Config DEFAULT_CONFIG =
      Config.INSTANCE
          .withConversion(
              VtTableScan.class, Convention.NONE, VtRel.CONVENTION, "VtScanConverterRule")
          .withRuleFactory(VtScanConverterRule::new);

  private VtScanConverterRule(Config config) {
    super(config);
  }

  @Override
  public RelNode convert(RelNode rel) {
    return rel.copy(rel.getTraitSet().replace(VtRel.CONVENTION), rel.getInputs());
  }
}
