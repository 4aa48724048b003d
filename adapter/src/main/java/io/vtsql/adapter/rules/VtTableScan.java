package io.vtsql.adapter.rules;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.catalog.RelationshipColumn;
import io.vtsql.adapter.catalog.VtColumn;
import io.vtsql.adapter.query.AccessPath;
import io.vtsql.adapter.query.DocumentQuery;
import io.vtsql.adapter.query.RelationshipQuery;
import io.vtsql.adapter.query.RequestEstimate;
import io.vtsql.adapter.query.ScanSpec;
import io.vtsql.adapter.query.SearchExpr;
import io.vtsql.adapter.query.VtQuery;
import io.vtsql.adapter.table.VtTable;
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
 * Scan of one table of the catalogue carrying the {@link ScanSpec} that rules have folded into it:
 * a {@link VtQuery} for a table of objects, a {@link RelationshipQuery} for a table read one parent
 * at a time. It starts in {@link Convention#NONE} so that it shares subsets with the logical
 * filters, projects and sorts above it (Volcano only matches a child whose traits satisfy the
 * parent's input), and {@link VtRules#TO_VT} then turns each folded variant into {@link
 * VtRel#CONVENTION}. Costs make every pushed piece pay off, and an unbounded search or a
 * relationship without parents prohibitive, so the planner always prefers the plan that asks
 * VirusTotal for the least.
 */
public final class VtTableScan extends TableScan implements VtRel {
  /** Rows assumed for a whole entity; far above any real answer so unbounded scans lose. */
  private static final double ENTITY_ROWS = 1e9;

  private static final double TERM_SELECTIVITY = 0.01;

  /** Rows assumed without parents: prohibitive, but finite so the error comes at run time. */
  private static final double UNBOUNDED_ROWS = 1e12;

  /** Rows assumed in a single document's table (/metadata lists about a hundred engines). */
  private static final double DOCUMENT_ROWS = 100;

  /** Rows assumed per parent of a 1:N relationship or child table. */
  private static final double ROWS_PER_PARENT = 10;

  private final VtTable vtTable;
  private final ScanSpec spec;

  public VtTableScan(
      RelOptCluster cluster,
      RelTraitSet traitSet,
      RelOptTable table,
      VtTable vtTable,
      ScanSpec spec) {
    super(cluster, traitSet, List.of(), table);
    this.vtTable = requireNonNull(vtTable, "vtTable");
    this.spec = requireNonNull(spec, "spec");
  }

  /** Whether this is the logical variant that rules fold into. */
  boolean logical() {
    return getConvention() == Convention.NONE;
  }

  /** Whether this is a logical scan of a table of objects. */
  boolean logicalObjectScan() {
    return logical() && spec instanceof VtQuery;
  }

  /** Whether this is a logical scan of a table read one parent at a time. */
  boolean logicalParentScan() {
    return logical() && spec instanceof RelationshipQuery;
  }

  /** What this scan sends. */
  public ScanSpec spec() {
    return spec;
  }

  /** The query of a scan of objects (callers know the kind of scan they matched). */
  public VtQuery query() {
    return (VtQuery) spec;
  }

  /** The query of a scan read one parent at a time. */
  public RelationshipQuery parentQuery() {
    return (RelationshipQuery) spec;
  }

  VtTable vtTable() {
    return vtTable;
  }

  /** The most requests one statement of this connection may send ({@code maxRequests}). */
  public int maxRequests() {
    return vtTable.backend().maxRequests();
  }

  /** A copy with another spec (and the traits, e.g. collation, that come with it). */
  VtTableScan withSpec(ScanSpec newSpec, RelTraitSet newTraits) {
    return new VtTableScan(getCluster(), newTraits, getTable(), vtTable, newSpec);
  }

  /** A copy with another spec and the same traits. */
  VtTableScan withSpec(ScanSpec newSpec) {
    return withSpec(newSpec, getTraitSet());
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new VtTableScan(getCluster(), traitSet, getTable(), vtTable, spec);
  }

  @Override
  public RelDataType deriveRowType() {
    final List<RelDataTypeField> fields = table.getRowType().getFieldList();
    final RelDataTypeFactory.Builder b = getCluster().getTypeFactory().builder();
    for (int i : spec.projection()) {
      b.add(fields.get(i));
    }
    return b.build();
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    if (spec instanceof VtQuery q) {
      return super.explainTerms(pw)
          .item("columns", q.columns().stream().map(VtColumn::name).toList())
          .item("requestsAtMost", RequestEstimate.describe(q))
          .item("request", q.requests());
    }
    if (spec instanceof DocumentQuery d) {
      return super.explainTerms(pw)
          .item("columns", d.columns().stream().map(RelationshipColumn::name).toList())
          .item("requestsAtMost", "1")
          .item("request", d.requests());
    }
    final RelationshipQuery q = parentQuery();
    return super.explainTerms(pw)
        .item("columns", q.columns().stream().map(RelationshipColumn::name).toList())
        .item("requestsAtMost", RequestEstimate.describe(q))
        .item("request", q.requests())
        .item("fanOut", vtTable.settings().fanOut());
  }

  @Override
  public double estimateRowCount(RelMetadataQuery mq) {
    if (spec instanceof DocumentQuery) {
      return DOCUMENT_ROWS;
    }
    if (spec instanceof RelationshipQuery q) {
      if (q.parents().isEmpty()) {
        return UNBOUNDED_ROWS;
      }
      if (noRange(q)) {
        return UNBOUNDED_ROWS / 2;
      }
      final double rows =
          q.parents().size() * (q.relationship().oneRowPerParent() ? 1 : ROWS_PER_PARENT);
      return q.fetch() == null ? rows : Math.min(rows, q.fetch());
    }
    final VtQuery q = query();
    if (q.accessPath() == AccessPath.POINT_LOOKUP) {
      return q.keys().size();
    }
    double rows = ENTITY_ROWS;
    if (q.search() != null) {
      rows *= Math.pow(TERM_SELECTIVITY, terms(q.search()));
    }
    return q.fetch() == null ? rows : Math.min(rows, q.fetch());
  }

  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    final double rows = estimateRowCount(mq);
    final double width =
        (spec.projection().size() + 2d) / (table.getRowType().getFieldCount() + 2d);
    if (spec instanceof DocumentQuery) {
      return planner.getCostFactory().makeCost(rows * width, rows, 1);
    }
    if (spec instanceof RelationshipQuery q) {
      // Descriptors are cheaper to transfer than full objects: prefer the narrow variant.
      final double descriptors = q.descriptorsOnly() ? 0.5 : 1;
      // A folded LIMIT can only lower the requests of the same parents (never raise them).
      final double requests =
          q.parents().isEmpty() || noRange(q)
              ? rows
              : Math.min(q.parents().size(), RequestEstimate.of(q).orElse(q.parents().size()));
      return planner.getCostFactory().makeCost(rows * width * descriptors, rows, requests);
    }
    final VtQuery q = query();
    // A pushed order spares a local sort; make it slightly cheaper than the same scan unsorted.
    final double ordered = q.order() == null ? 1 : 0.9;
    // Knowing the LIMIT above its filter lets the scan run where it would otherwise be refused.
    final double limited = q.limitAbove() == null ? 1 : 0.9;
    final double requests =
        q.accessPath() == AccessPath.POINT_LOOKUP
            ? q.keys().size()
            : Math.ceil(rows / q.pageSize());
    return planner.getCostFactory().makeCost(rows * width * ordered * limited, rows, requests);
  }

  /**
   * Whether a table with a day window has no days yet: prohibitive, but less so than no parents, so
   * the error names what is still missing.
   */
  private static boolean noRange(RelationshipQuery q) {
    return q.window().isPresent() && q.range() == null;
  }

  private static int terms(SearchExpr e) {
    if (e instanceof SearchExpr.And and) {
      return and.operands().stream().mapToInt(VtTableScan::terms).sum();
    }
    return 1;
  }

  @Override
  public void register(RelOptPlanner planner) {
    planner.addRule(VtRules.TO_VT);
    planner.addRule(VtRules.TO_ENUMERABLE);
    // Narrowing columns changes no request (see VtProjectRule), so it is not "pushdown".
    planner.addRule(VtRules.PROJECT);
    // Volcano calls this once per class, so the rules of both kinds of scan are registered
    // here. Parent ids are the only way a relationship or child table can be read, so those
    // rules are no optimisation and stay whatever pushdown says.
    RelationshipRules.RULES.forEach(planner::addRule);
    if (vtTable.backend().pushdown()) {
      for (RelOptRule rule : VtRules.RULES) {
        planner.addRule(rule);
      }
      planner.addRule(RelationshipRules.SORT);
    }
  }
}
