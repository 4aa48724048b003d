package io.vtsql.adapter;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.catalog.RelationshipColumn;
import java.util.List;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;

/**
 * Scan of a relationship table carrying its {@link RelationshipQuery}. Like
 * {@link VtTableScan} it starts in {@link Convention#NONE} so filters and projects fold into it,
 * then {@link RelationshipRules#TO_PHYSICAL} moves it to {@link #CONVENTION}. Without parent ids
 * it is priced as if it read the whole of VirusTotal, so the planner always prefers a plan that
 * hands it parents (a constant filter or a batched nested-loop join).
 */
public final class RelationshipScan extends TableScan {
  /** Calling convention of relationship scans that are ready to run. */
  public static final Convention CONVENTION =
      new Convention.Impl("VT_RELATIONSHIP", RelationshipScan.class);

  /** Rows assumed without parents: prohibitive, but finite so the error comes at run time. */
  private static final double UNBOUNDED_ROWS = 1e12;
  /** Targets assumed per parent of a 1:N relationship. */
  private static final double TARGETS_PER_PARENT = 10;

  private final RelationshipTable relTable;
  private final RelationshipQuery query;

  RelationshipScan(RelOptCluster cluster, RelTraitSet traitSet, RelOptTable table,
      RelationshipTable relTable, RelationshipQuery query) {
    super(cluster, traitSet, List.of(), table);
    this.relTable = requireNonNull(relTable, "relTable");
    this.query = requireNonNull(query, "query");
  }

  /** Whether this is the logical variant that rules fold into. */
  boolean logical() {
    return getConvention() == Convention.NONE;
  }

  /** The query this scan sends. */
  public RelationshipQuery query() {
    return query;
  }

  RelationshipTable relationshipTable() {
    return relTable;
  }

  /** A copy with another query. */
  RelationshipScan withQuery(RelationshipQuery newQuery) {
    return new RelationshipScan(getCluster(), getTraitSet(), getTable(), relTable, newQuery);
  }

  @Override public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new RelationshipScan(getCluster(), traitSet, getTable(), relTable, query);
  }

  @Override public RelDataType deriveRowType() {
    final List<RelDataTypeField> fields = table.getRowType().getFieldList();
    final RelDataTypeFactory.Builder b = getCluster().getTypeFactory().builder();
    for (int i : query.projection()) {
      b.add(fields.get(i));
    }
    return b.build();
  }

  @Override public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw)
        .item("columns", query.columns().stream().map(RelationshipColumn::name).toList())
        .item("requestsAtMost", RequestEstimate.describe(query))
        .item("request", query.requests())
        .item("fanOut", relTable.settings().fanOut());
  }

  @Override public double estimateRowCount(RelMetadataQuery mq) {
    if (query.parents().isEmpty()) {
      return UNBOUNDED_ROWS;
    }
    final double rows = query.parents().size()
        * (query.relationship().singleRequest() ? 1 : TARGETS_PER_PARENT);
    return query.fetch() == null ? rows : Math.min(rows, query.fetch());
  }

  @Override public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    final double rows = estimateRowCount(mq);
    final double width = (query.projection().size() + 2d)
        / (query.relationship().columns().size() + 2d);
    // Descriptors are cheaper to transfer than full objects: prefer the narrow variant.
    final double descriptors = query.descriptorsOnly() ? 0.5 : 1;
    // A folded LIMIT can only lower the requests of the same parents (never raise them).
    final double requests = query.parents().isEmpty() ? UNBOUNDED_ROWS
        : Math.min(query.parents().size(),
            RequestEstimate.of(query).orElse(query.parents().size()));
    return planner.getCostFactory().makeCost(rows * width * descriptors, rows, requests);
  }

  @Override public void register(RelOptPlanner planner) {
    for (RelOptRule rule : RelationshipRules.RULES) {
      planner.addRule(rule);
    }
    if (relTable.backend().pushdown()) {
      planner.addRule(RelationshipRules.SORT);
    }
  }
}
