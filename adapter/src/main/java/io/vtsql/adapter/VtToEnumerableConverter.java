package io.vtsql.adapter;

import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.PhysType;
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

/**
 * Bridges a {@link VtTableScan} to enumerable code: the scan's {@link VtQuery} and backend are
 * stashed (lookup keys are data in the query, however many) and {@link VtEnumerables#scan} runs it. Each scan's
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
    final PhysType physType = ScanRows.physType(implementor, getRowType());
    final Expression backend = block.append("backend",
        implementor.stash(scan.vtTable().backend(), VtBackend.class));
    final Expression vtQuery = block.append("vtQuery", implementor.stash(query, VtQuery.class));
    Hook.QUERY_PLAN.run(query.requests());
    block.add(Expressions.return_(null, ScanRows.adapt(physType,
        Expressions.call(VtEnumerables.SCAN, DataContext.ROOT, backend, vtQuery))));
    return implementor.result(physType, block.toBlock());
  }
}
