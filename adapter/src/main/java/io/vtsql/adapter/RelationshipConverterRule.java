package io.vtsql.adapter;

import org.apache.calcite.plan.Convention;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterRule;

/** Turns a logical {@link RelationshipScan} into {@link RelationshipScan#CONVENTION}. */
public final class RelationshipConverterRule extends ConverterRule {
  static final Config DEFAULT_CONFIG = Config.INSTANCE
      .withConversion(RelationshipScan.class, Convention.NONE, RelationshipScan.CONVENTION,
          "RelationshipConverterRule")
      .withRuleFactory(RelationshipConverterRule::new);

  private RelationshipConverterRule(Config config) {
    super(config);
  }

  @Override public RelNode convert(RelNode rel) {
    return rel.copy(rel.getTraitSet().replace(RelationshipScan.CONVENTION), rel.getInputs());
  }
}
