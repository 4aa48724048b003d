package io.vtsql.adapter.write;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.VtBackend;
import io.vtsql.adapter.table.VtTable;
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
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.AbstractRelNode;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlKind;

/**
 * A write statement in the enumerable convention: it sends the requests of its {@link WritePlan}
 * and yields the update count. An INSERT has its rows as input (VALUES or any query); an UPDATE or
 * DELETE has none, since its rows are named by key in the statement. EXPLAIN shows the request and
 * how many at most.
 */
public final class VtTableWrite extends AbstractRelNode implements EnumerableRel {
  private final RelOptTable table;
  private final VtTable vtTable;
  private final WritePlan plan;
  private RelNode input;

  VtTableWrite(
      RelOptCluster cluster,
      RelTraitSet traits,
      RelOptTable table,
      VtTable vtTable,
      WritePlan plan,
      RelNode input) {
    super(cluster, traits);
    this.table = requireNonNull(table, "table");
    this.vtTable = requireNonNull(vtTable, "vtTable");
    this.plan = requireNonNull(plan, "plan");
    this.input = input;
  }

  /** What the statement sends. */
  public WritePlan plan() {
    return plan;
  }

  @Override
  public RelOptTable getTable() {
    return table;
  }

  @Override
  public List<RelNode> getInputs() {
    return input == null ? List.of() : List.of(input);
  }

  @Override
  public void replaceInput(int ordinalInParent, RelNode p) {
    if (input == null || ordinalInParent != 0) {
      throw new IndexOutOfBoundsException("input " + ordinalInParent);
    }
    this.input = p;
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new VtTableWrite(
        getCluster(), traitSet, table, vtTable, plan, inputs.isEmpty() ? null : inputs.get(0));
  }

  @Override
  protected RelDataType deriveRowType() {
    return RelOptUtil.createDmlRowType(SqlKind.INSERT, getCluster().getTypeFactory());
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    if (input != null) {
      pw.input("input", input);
    }
    return pw.item("table", table.getQualifiedName())
        .item("operation", plan.operation())
        .item("request", plan.describe())
        .item(
            "requestsAtMost",
            plan.requestsAtMost().isPresent()
                ? Long.toString(plan.requestsAtMost().getAsLong())
                : "one per input row");
  }

  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    return planner.getCostFactory().makeTinyCost();
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    final BlockBuilder block = new BlockBuilder();
    final PhysType physType =
        PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), JavaRowFormat.ARRAY);
    final Expression backend =
        block.append("backend", implementor.stash(vtTable.backend(), VtBackend.class));
    final Expression writePlan =
        block.append("writePlan", implementor.stash(plan, WritePlan.class));
    final Expression array = Expressions.constant(physType.getFormat() != JavaRowFormat.SCALAR);
    final Expression call;
    if (input == null) {
      call = Expressions.call(WriteExecutor.KEYED, DataContext.ROOT, backend, writePlan, array);
    } else {
      final Result child = implementor.visitChild(this, 0, (EnumerableRel) input, Prefer.ARRAY);
      final Expression rows = block.append("rows", child.block);
      call =
          Expressions.call(
              WriteExecutor.INSERT,
              DataContext.ROOT,
              backend,
              writePlan,
              child.physType.convertTo(rows, JavaRowFormat.ARRAY),
              array);
    }
    block.add(Expressions.return_(null, call));
    return implementor.result(physType, block.toBlock());
  }

  /** The enumerable traits a write's rel is made with. */
  static RelTraitSet traits(RelOptCluster cluster) {
    return cluster.traitSetOf(EnumerableConvention.INSTANCE);
  }
}
