package io.vtsql.adapter.rules;

import io.vtsql.adapter.RelationshipSettings;
import io.vtsql.adapter.VtBackend;
import io.vtsql.adapter.exec.DocumentEnumerables;
import io.vtsql.adapter.exec.RelationshipEnumerables;
import io.vtsql.adapter.exec.VtEnumerables;
import io.vtsql.adapter.pushdown.MomentTerms;
import io.vtsql.adapter.query.DocumentQuery;
import io.vtsql.adapter.query.RelationshipQuery;
import io.vtsql.adapter.query.VtQuery;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.RexToLixTranslator;
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
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgramBuilder;
import org.apache.calcite.runtime.Hook;
import org.apache.calcite.util.BuiltInMethod;

/**
 * Bridges a {@link VtTableScan} to enumerable code. For a table of objects the scan's {@link
 * VtQuery} and backend are stashed (lookup keys are data in the query, however many), relative
 * times of the search are compiled (see {@link MomentTerms}) and {@link VtEnumerables#scan} runs
 * it. For a table read one parent at a time the parent id expressions are compiled (correlation
 * variables included, so the scan can be the inner side of a batched nested-loop join) and {@link
 * RelationshipEnumerables#scan} runs it. Each scan's requests are published to {@link
 * Hook#QUERY_PLAN} so tests can assert them.
 */
public final class VtToEnumerableConverter extends ConverterImpl implements EnumerableRel {
  VtToEnumerableConverter(RelOptCluster cluster, RelTraitSet traits, RelNode input) {
    super(cluster, ConventionTraitDef.INSTANCE, traits, input);
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new VtToEnumerableConverter(getCluster(), traitSet, sole(inputs));
  }

  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    return planner.getCostFactory().makeTinyCost();
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    final VtTableScan scan = (VtTableScan) getInput();
    final BlockBuilder block = new BlockBuilder();
    final PhysType physType = ScanRows.physType(implementor, getRowType());
    final Expression backend =
        block.append("backend", implementor.stash(scan.vtTable().backend(), VtBackend.class));
    Hook.QUERY_PLAN.run(scan.spec().requests());
    final Expression rows;
    if (scan.spec() instanceof VtQuery query) {
      rows = objects(implementor, block, backend, query);
    } else if (scan.spec() instanceof DocumentQuery document) {
      rows =
          Expressions.call(
              DocumentEnumerables.SCAN,
              DataContext.ROOT,
              backend,
              block.append("document", implementor.stash(document, DocumentQuery.class)));
    } else {
      rows = parents(implementor, block, backend, scan);
    }
    block.add(Expressions.return_(null, ScanRows.adapt(physType, rows)));
    return implementor.result(physType, block.toBlock());
  }

  /** The call reading a table of objects. */
  private Expression objects(
      EnumerableRelImplementor implementor, BlockBuilder block, Expression backend, VtQuery query) {
    final Expression vtQuery = block.append("vtQuery", implementor.stash(query, VtQuery.class));
    final Expression moments =
        block.append("moments", momentValues(implementor, block, MomentTerms.of(query.search())));
    return Expressions.call(VtEnumerables.SCAN, DataContext.ROOT, backend, vtQuery, moments);
  }

  /** The call reading a table one parent at a time. */
  private static Expression parents(
      EnumerableRelImplementor implementor,
      BlockBuilder block,
      Expression backend,
      VtTableScan scan) {
    final RelationshipQuery query = scan.parentQuery();
    final Expression settings =
        block.append(
            "settings", implementor.stash(scan.vtTable().settings(), RelationshipSettings.class));
    final Expression relQuery =
        block.append("relQuery", implementor.stash(query, RelationshipQuery.class));
    final List<Expression> parents = new ArrayList<>();
    for (RexNode parent : query.parents()) {
      parents.add(ParentExpressions.toJava(parent, implementor, block));
    }
    final Expression parentList =
        block.append(
            "parents",
            Expressions.call(
                BuiltInMethod.ARRAYS_AS_LIST.method,
                Expressions.newArrayInit(Object.class, parents)));
    return Expressions.call(
        RelationshipEnumerables.SCAN, DataContext.ROOT, backend, settings, relQuery, parentList);
  }

  /**
   * Java evaluating each relative-time expression of the search from the statement's {@link
   * DataContext} (its clock and parameters), boxed into a list.
   */
  private Expression momentValues(
      EnumerableRelImplementor implementor, BlockBuilder block, List<RexNode> moments) {
    final List<Expression> values = new ArrayList<>();
    if (!moments.isEmpty()) {
      final RexBuilder rexBuilder = getCluster().getRexBuilder();
      final RexProgramBuilder program =
          new RexProgramBuilder(rexBuilder.getTypeFactory().builder().build(), rexBuilder);
      for (int i = 0; i < moments.size(); i++) {
        program.addProject(moments.get(i), "m" + i);
      }
      final RexToLixTranslator.InputGetter noInput =
          (list, index, storageType) -> {
            throw new IllegalStateException("a relative time reads no column");
          };
      for (Expression e :
          RexToLixTranslator.translateProjects(
              program.getProgram(),
              implementor.getTypeFactory(),
              implementor.getConformance(),
              block,
              null,
              DataContext.ROOT,
              noInput,
              null)) {
        values.add(Expressions.box(e));
      }
    }
    return Expressions.call(
        BuiltInMethod.ARRAYS_AS_LIST.method, Expressions.newArrayInit(Object.class, values));
  }
}
