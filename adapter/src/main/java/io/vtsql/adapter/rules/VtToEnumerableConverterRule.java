package io.vtsql.adapter.rules;

import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterRule;

/** Converts a {@link VtRel#CONVENTION} scan into the enumerable convention. */
public final class VtToEnumerableConverterRule extends ConverterRule {
  static final Config DEFAULT_CONFIG =
      Config.INSTANCE
          .withConversion(
              RelNode.class,
              VtRel.CONVENTION,
              EnumerableConvention.INSTANCE,
              "VtToEnumerableConverterRule")
          .withRuleFactory(VtToEnumerableConverterRule::new);

  private VtToEnumerableConverterRule(Config config) {
    super(config);
  }

  @Override
  public RelNode convert(RelNode rel) {
    return new VtToEnumerableConverter(
        rel.getCluster(), rel.getTraitSet().replace(getOutConvention()), rel);
  }
}
