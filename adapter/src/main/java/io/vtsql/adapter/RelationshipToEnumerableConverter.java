package io.vtsql.adapter;

import java.util.ArrayList;
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
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.runtime.Hook;
import org.apache.calcite.util.BuiltInMethod;

/**
 * Bridges a {@link RelationshipScan} to enumerable code: the query, backend and settings are
 * stashed, parent id expressions are compiled (correlation variables included, so the scan can
 * be the inner side of a batched nested-loop join), and {@link RelationshipEnumerables#scan}
 * runs it. The scan's requests are published to {@link Hook#QUERY_PLAN}.
 */
public final class RelationshipToEnumerableConverter extends ConverterImpl
    implements EnumerableRel {
  RelationshipToEnumerableConverter(RelOptCluster cluster, RelTraitSet traits, RelNode input) {
    super(cluster, ConventionTraitDef.INSTANCE, traits, input);
  }

  @Override public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new RelationshipToEnumerableConverter(getCluster(), traitSet, sole(inputs));
  }

  @Override public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    return planner.getCostFactory().makeTinyCost();
  }

  @Override public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    final RelationshipScan scan = (RelationshipScan) getInput();
    final RelationshipQuery query = scan.query();
    final RelationshipTable table = scan.relationshipTable();
    final BlockBuilder block = new BlockBuilder();
    final PhysType physType = ScanRows.physType(implementor, getRowType());
    final Expression backend = block.append("backend",
        implementor.stash(table.backend(), VtBackend.class));
    final Expression settings = block.append("settings",
        implementor.stash(table.settings(), RelationshipSettings.class));
    final Expression relQuery = block.append("relQuery",
        implementor.stash(query, RelationshipQuery.class));
    final List<Expression> parents = new ArrayList<>();
    for (RexNode parent : query.parents()) {
      parents.add(ParentExpressions.toJava(parent, implementor, block));
    }
    final Expression parentList = block.append("parents",
        Expressions.call(BuiltInMethod.ARRAYS_AS_LIST.method,
            Expressions.newArrayInit(Object.class, parents)));
    Hook.QUERY_PLAN.run(query.requests());
    block.add(Expressions.return_(null, ScanRows.adapt(physType,
        Expressions.call(RelationshipEnumerables.SCAN, DataContext.ROOT, backend, settings,
            relQuery, parentList))));
    return implementor.result(physType, block.toBlock());
  }
}
