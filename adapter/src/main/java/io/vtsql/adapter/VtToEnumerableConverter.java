package io.vtsql.adapter;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.ConventionTraitDef;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterImpl;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.runtime.Hook;
import org.apache.calcite.util.BuiltInMethod;

/**
 * Bridges a {@link VtTableScan} to enumerable code: the scan's {@link VtQuery} and backend are
 * stashed, key expressions are compiled, and {@link VtEnumerables#scan} runs it. Each scan's
 * requests are published to {@link Hook#QUERY_PLAN} so tests can assert them.
 */
public final class VtToEnumerableConverter extends ConverterImpl implements EnumerableRel {
  VtToEnumerableConverter(RelOptCluster cluster, RelTraitSet traits, RelNode input) {
    super(cluster, ConventionTraitDef.INSTANCE, traits, input);
  }

  @Override public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new VtToEnumerableConverter(getCluster(), traitSet, sole(inputs));
  }

  @Override public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    return planner.getCostFactory().makeTinyCost();
  }

  @Override public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    final VtTableScan scan = (VtTableScan) getInput();
    final VtQuery query = scan.query();
    final BlockBuilder block = new BlockBuilder();
    // Rows are always Object[] (no single-column optimisation) to match the enumerator.
    final PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(),
        JavaRowFormat.ARRAY, false);
    final Expression backend = block.append("backend",
        implementor.stash(scan.vtTable().backend(), VtBackend.class));
    final Expression vtQuery = block.append("vtQuery", implementor.stash(query, VtQuery.class));
    final List<Expression> keys = new ArrayList<>();
    for (LookupKey key : query.keys()) {
      keys.add(KeyExpressions.toJava(key.value()));
    }
    final Expression keyList = block.append("keys",
        Expressions.call(BuiltInMethod.ARRAYS_AS_LIST.method,
            Expressions.newArrayInit(Object.class, keys)));
    Hook.QUERY_PLAN.run(query.requests());
    block.add(Expressions.return_(null,
        Expressions.call(VtEnumerables.SCAN, DataContext.ROOT, backend, vtQuery, keyList)));
    return implementor.result(physType, block.toBlock());
  }
}
