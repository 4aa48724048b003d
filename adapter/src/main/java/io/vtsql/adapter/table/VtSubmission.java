package io.vtsql.adapter.table;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.VtBackend;
import io.vtsql.adapter.exec.Submissions;
import io.vtsql.adapter.exec.TranslatingEnumerable;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.AbstractRelNode;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;

/**
 * The one row of a scan function in the enumerable convention: generated code runs {@link
 * Submissions#run}. EXPLAIN shows the submission and the most polls its wait may send.
 */
final class VtSubmission extends AbstractRelNode implements EnumerableRel {
  private final RelOptTable table;
  private final VtBackend backend;
  private final Submissions.Request request;

  VtSubmission(
      RelOptCluster cluster, RelOptTable table, VtBackend backend, Submissions.Request request) {
    super(cluster, cluster.traitSetOf(EnumerableConvention.INSTANCE));
    this.table = requireNonNull(table, "table");
    this.backend = requireNonNull(backend, "backend");
    this.request = requireNonNull(request, "request");
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return this;
  }

  @Override
  protected RelDataType deriveRowType() {
    return table.getRowType();
  }

  @Override
  public double estimateRowCount(RelMetadataQuery mq) {
    return 1;
  }

  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    return planner.getCostFactory().makeTinyCost();
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw)
        .item("function", request.kind().function())
        .item("request", request.describe())
        .item("requestsAtMost", request.requestsAtMost());
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    final BlockBuilder block = new BlockBuilder();
    final PhysType physType =
        PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), JavaRowFormat.ARRAY);
    final Expression b = block.append("backend", implementor.stash(backend, VtBackend.class));
    final Expression r =
        block.append("submission", implementor.stash(request, Submissions.Request.class));
    block.add(
        Expressions.return_(
            null,
            Expressions.new_(
                TranslatingEnumerable.class,
                Expressions.call(Submissions.RUN, DataContext.ROOT, b, r),
                DataContext.ROOT,
                b)));
    return implementor.result(physType, block.toBlock());
  }
}
