package io.vtsql.adapter.rules;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.tools.RelBuilderFactory;

/**
 * A plain {@link RelRule.Config} for vtsql's rules, so the project needs no Immutables annotation
 * processor.
 */
public final class VtRuleConfig implements RelRule.Config {
  private final RelBuilderFactory relBuilderFactory;
  private final String description;
  private final RelRule.OperandTransform operands;
  private final Function<VtRuleConfig, RelOptRule> factory;

  private VtRuleConfig(
      RelBuilderFactory relBuilderFactory,
      String description,
      RelRule.OperandTransform operands,
      Function<VtRuleConfig, RelOptRule> factory) {
    this.relBuilderFactory = requireNonNull(relBuilderFactory, "relBuilderFactory");
    this.description = description;
    this.operands = requireNonNull(operands, "operands");
    this.factory = requireNonNull(factory, "factory");
  }

  /** A configuration with the logical rel builder. */
  static VtRuleConfig of(
      String description,
      RelRule.OperandTransform operands,
      Function<VtRuleConfig, RelOptRule> factory) {
    return new VtRuleConfig(RelFactories.LOGICAL_BUILDER, description, operands, factory);
  }

  @Override
  public RelOptRule toRule() {
    return factory.apply(this);
  }

  @Override
  public RelBuilderFactory relBuilderFactory() {
    return relBuilderFactory;
  }

  @Override
  public VtRuleConfig withRelBuilderFactory(RelBuilderFactory f) {
    return new VtRuleConfig(f, description, operands, factory);
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public VtRuleConfig withDescription(String d) {
    return new VtRuleConfig(relBuilderFactory, d, operands, factory);
  }

  @Override
  public RelRule.OperandTransform operandSupplier() {
    return operands;
  }

  @Override
  public VtRuleConfig withOperandSupplier(RelRule.OperandTransform t) {
    return new VtRuleConfig(relBuilderFactory, description, t, factory);
  }
}
