package io.vtsql.adapter.query;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.catalog.ChildTable;
import io.vtsql.adapter.catalog.DateWindow;
import io.vtsql.adapter.catalog.ParentTable;
import io.vtsql.adapter.catalog.RelationshipColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.calcite.rex.RexCorrelVariable;
import org.apache.calcite.rex.RexFieldAccess;
import org.apache.calcite.rex.RexNode;

/**
 * Everything one relationship scan asks of VirusTotal, immutable: the relationship, the expressions
 * giving its parent ids (literals, dynamic parameters or correlation variables of a batched
 * nested-loop join), the projected columns and an OFFSET/FETCH folded from a LIMIT above it. {@link
 * #requests()} is what EXPLAIN and {@code Hook.QUERY_PLAN} show.
 *
 * @param relationship the relationship read
 * @param parents expressions of the parent ids; empty when the query has none (it then fails)
 * @param projection ordinals of the table columns the scan produces, in output order
 * @param offset rows skipped (in parent order, then API order) before the first one produced
 * @param fetch most rows produced after the offset; null when unbounded
 * @param range the days a WHERE gives a child table with a day window ({@link
 *     ChildTable#window()}); null when there are none
 */
public record RelationshipQuery(
    ParentTable relationship,
    List<RexNode> parents,
    List<Integer> projection,
    long offset,
    Long fetch,
    DateRange range)
    implements ScanSpec {

  /** Largest {@code limit} of a relationship page (a larger one is a 400 error). */
  public static final int PAGE_SIZE = 40;

  public RelationshipQuery {
    requireNonNull(relationship, "relationship");
    parents = List.copyOf(parents);
    projection = List.copyOf(projection);
    if (offset < 0 || fetch != null && fetch < 0) {
      throw new IllegalArgumentException("negative offset or fetch: " + offset + ", " + fetch);
    }
  }

  /** Every column of the relationship table, no parents yet. */
  public static RelationshipQuery of(ParentTable relationship) {
    final List<Integer> all = new ArrayList<>();
    for (int i = 0; i < relationship.columns().size(); i++) {
      all.add(i);
    }
    return new RelationshipQuery(relationship, List.of(), all, 0, null, null);
  }

  /** Columns produced by the scan, in output order. */
  public List<RelationshipColumn> columns() {
    final List<RelationshipColumn> all = relationship.columns();
    return projection.stream().map(all::get).collect(Collectors.toList());
  }

  /** The same query with parent id expressions. */
  public RelationshipQuery withParents(List<RexNode> newParents) {
    return new RelationshipQuery(relationship, newParents, projection, offset, fetch, range);
  }

  /** Narrows the output to the given ordinals of the current output. */
  @Override
  public RelationshipQuery withProjection(List<Integer> outputOrdinals) {
    return new RelationshipQuery(
        relationship,
        parents,
        outputOrdinals.stream().map(projection::get).collect(Collectors.toList()),
        offset,
        fetch,
        range);
  }

  /** The same query producing at most {@code newFetch} rows after skipping {@code newOffset}. */
  public RelationshipQuery withLimit(long newOffset, long newFetch) {
    return new RelationshipQuery(relationship, parents, projection, newOffset, newFetch, range);
  }

  /** The same query asking for the days of {@code newRange}. */
  public RelationshipQuery withRange(DateRange newRange) {
    return new RelationshipQuery(relationship, parents, projection, offset, fetch, newRange);
  }

  /** The table's day window, if it has one. */
  public Optional<DateWindow> window() {
    return relationship instanceof ChildTable c ? c.window() : Optional.empty();
  }

  /**
   * Requests one parent needs when the table reads it in one request: one per piece of the day
   * range ({@link DateWindow#maxDays()}), else one.
   */
  public long requestsPerParent() {
    return window().isPresent() && range != null
        ? range.chunks(window().get().maxDays()).size()
        : 1;
  }

  /** Rows the scan reads before it stops (offset included); null when unbounded. */
  public Long rowsNeeded() {
    return fetch == null ? null : offset + fetch;
  }

  /** Whether the {@code /relationships/{name}} descriptor endpoint serves every column. */
  @Override
  public boolean descriptorsOnly() {
    return relationship.descriptorForm()
        && columns().stream().allMatch(RelationshipColumn::inDescriptor);
  }

  /** Whether the parents come from correlation variables (the inner side of a batch join). */
  public boolean correlated() {
    return parents.stream()
        .anyMatch(
            p ->
                p instanceof RexFieldAccess fa
                    && fa.getReferenceExpr() instanceof RexCorrelVariable);
  }

  /** Human-readable requests of this scan; shown by EXPLAIN and published to QUERY_PLAN. */
  @Override
  public String requests() {
    final StringBuilder b = new StringBuilder(relationship.endpoint(descriptorsOnly()));
    if (window().isPresent()) {
      b.append(
          range == null
              ? " days: none (filter on " + window().get().column() + ")"
              : " days: " + range + " (" + requestsPerParent() + " request(s))");
    }
    if (!relationship.singleRequest()) {
      b.append(
          fetch == null
              ? "?limit=" + PAGE_SIZE + " (cursor pages as rows are consumed)"
              : "?limit=min(" + PAGE_SIZE + ", rows still needed)");
    }
    b.append(" per distinct ").append(relationship.parentColumn());
    if (fetch != null) {
      b.append(", one parent at a time until ").append(rowsNeeded()).append(" rows");
      if (offset > 0) {
        b.append(" (skip ").append(offset).append(')');
      }
    }
    if (parents.isEmpty()) {
      return b.append(" from: none (filter or join on ")
          .append(relationship.parentColumn())
          .append(')')
          .toString();
    }
    if (correlated()) {
      return b.append(" from: batch join, up to ")
          .append(parents.size())
          .append(" values per batch (")
          .append(parents.get(0))
          .append(", ...)")
          .toString();
    }
    return b.append(" from: ").append(parents).toString();
  }
}
