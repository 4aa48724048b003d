package io.vtsql.adapter;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.catalog.VtColumn;
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
 * Scan of one VirusTotal table carrying the {@link VtQuery} that rules have folded into it.
 * It starts in {@link Convention#NONE} so that it shares subsets with the logical filters,
 * projects and sorts above it (Volcano only matches a child whose traits satisfy the parent's
 * input), and {@link VtRules#TO_VT} then turns each folded variant into {@link VtRel#CONVENTION}.
 * Costs make every pushed piece pay off and an unbounded search prohibitive, so the planner
 * always prefers the plan that asks VirusTotal for the least.
 */
public final class VtTableScan extends TableScan implements VtRel {
  /** Rows assumed for a whole entity; far above any real answer so unbounded scans lose. */
  private static final double ENTITY_ROWS = 1e9;
  private static final double TERM_SELECTIVITY = 0.01;

  private final VtTable vtTable;
  private final VtQuery query;

  VtTableScan(RelOptCluster cluster, RelTraitSet traitSet, RelOptTable table, VtTable vtTable,
      VtQuery query) {
    super(cluster, traitSet, List.of(), table);
    this.vtTable = requireNonNull(vtTable, "vtTable");
    this.query = requireNonNull(query, "query");
  }

  /** Whether this is the logical variant that rules fold into. */
  boolean logical() {
    return getConvention() == Convention.NONE;
  }

  /** The query this scan sends. */
  public VtQuery query() {
    return query;
  }

  VtTable vtTable() {
    return vtTable;
  }

  /** A copy with another query (and the traits, e.g. collation, that come with it). */
  VtTableScan withQuery(VtQuery newQuery, RelTraitSet newTraits) {
    return new VtTableScan(getCluster(), newTraits, getTable(), vtTable, newQuery);
  }

  @Override public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new VtTableScan(getCluster(), traitSet, getTable(), vtTable, query);
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
        .item("columns", query.columns().stream().map(VtColumn::name).toList())
        .item("requestsAtMost", RequestEstimate.describe(query))
        .item("request", query.requests());
  }

  @Override public double estimateRowCount(RelMetadataQuery mq) {
    if (query.accessPath() == AccessPath.POINT_LOOKUP) {
      return query.keys().size();
    }
    double rows = ENTITY_ROWS;
    if (query.search() != null) {
      rows *= Math.pow(TERM_SELECTIVITY, terms(query.search()));
    }
    return query.fetch() == null ? rows : Math.min(rows, query.fetch());
  }

  @Override public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    final double rows = estimateRowCount(mq);
    final double width = (query.projection().size() + 2d)
        / (query.entity().columns().size() + 2d);
    // A pushed order spares a local sort; make it slightly cheaper than the same scan unsorted.
    final double ordered = query.order() == null ? 1 : 0.9;
    // Knowing the LIMIT above its filter lets the scan run where it would otherwise be refused.
    final double limited = query.limitAbove() == null ? 1 : 0.9;
    final double requests = query.accessPath() == AccessPath.POINT_LOOKUP
        ? query.keys().size() : Math.ceil(rows / query.pageSize());
    return planner.getCostFactory().makeCost(rows * width * ordered * limited, rows, requests);
  }

  private static int terms(SearchExpr e) {
    if (e instanceof SearchExpr.And and) {
      return and.operands().stream().mapToInt(VtTableScan::terms).sum();
    }
    return 1;
  }

  @Override public void register(RelOptPlanner planner) {
    planner.addRule(VtRules.TO_VT);
    planner.addRule(VtRules.TO_ENUMERABLE);
    // Narrowing columns changes no request (see VtProjectRule), so it is not "pushdown".
    planner.addRule(VtRules.PROJECT);
    if (vtTable.backend().pushdown()) {
      for (RelOptRule rule : VtRules.RULES) {
        planner.addRule(rule);
      }
    }
  }
}
