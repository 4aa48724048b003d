package io.vtsql.adapter;

import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterRule;

/** Converts a {@link RelationshipScan#CONVENTION} scan into the enumerable convention. */
public final class RelationshipToEnumerableConverterRule extends ConverterRule {
  static final Config DEFAULT_CONFIG = Config.INSTANCE
      .withConversion(RelationshipScan.class, RelationshipScan.CONVENTION,
          EnumerableConvention.INSTANCE, "RelationshipToEnumerableConverterRule")
      .withRuleFactory(RelationshipToEnumerableConverterRule::new);

  private RelationshipToEnumerableConverterRule(Config config) {
    super(config);
  }

  @Override public RelNode convert(RelNode rel) {
    return new RelationshipToEnumerableConverter(rel.getCluster(),
        rel.getTraitSet().replace(getOutConvention()), rel);
  }
}
