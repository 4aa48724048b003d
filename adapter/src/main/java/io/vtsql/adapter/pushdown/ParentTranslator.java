package io.vtsql.adapter.pushdown;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexCorrelVariable;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexFieldAccess;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeFamily;

/**
 * Finds the parent ids of a relationship scan in a filter condition: a conjunct {@code parent = v}
 * or {@code parent = v1 OR parent = v2 ...} (IN lists included; each disjunct may add other
 * conditions, {@code parent = v1 AND x > y OR ...}), where each value is a character literal, a
 * dynamic parameter, or a field of a correlation variable (the filter a batched nested-loop join
 * puts on its inner side). Where target ids name their parents ({@link TargetIdParents}), {@code id
 * = v} conjuncts give parents too.
 */
public final class ParentTranslator {
  private final RexBuilder rexBuilder;
  private final int parentOrdinal;
  private final Optional<TargetIdParents> targetIdParents;

  /**
   * Creates a translator.
   *
   * @param parentOrdinal input ordinal of the parent id column, or -1 when it is projected away
   * @param targetIdParents the parents the target ids name, where they name them
   */
  public ParentTranslator(
      RexBuilder rexBuilder, int parentOrdinal, Optional<TargetIdParents> targetIdParents) {
    this.rexBuilder = requireNonNull(rexBuilder, "rexBuilder");
    this.parentOrdinal = parentOrdinal;
    this.targetIdParents = requireNonNull(targetIdParents, "targetIdParents");
  }

  /**
   * The parent id expressions of the first conjunct that gives them, or else the parents the target
   * ids of a conjunct name; empty when there are none.
   */
  public List<RexNode> parents(RexNode condition) {
    final List<RexNode> direct = parents(condition, parentOrdinal);
    if (!direct.isEmpty() || targetIdParents.isEmpty()) {
      return direct;
    }
    final TargetIdParents named = targetIdParents.get();
    final List<RexNode> derived = new ArrayList<>();
    for (RexNode id : parents(condition, named.targetIdOrdinal())) {
      final Optional<RexNode> parent = named.parentOf(id);
      if (parent.isEmpty()) {
        return List.of();
      }
      derived.add(parent.get());
    }
    return derived;
  }

  private List<RexNode> parents(RexNode condition, int ordinal) {
    if (ordinal < 0) {
      return List.of();
    }
    final RexNode expanded = RexUtil.expandSearch(rexBuilder, null, condition);
    for (RexNode conjunct : RelOptUtil.conjunctions(expanded)) {
      final List<RexNode> values = new ArrayList<>();
      for (RexNode disjunct : RelOptUtil.disjunctions(conjunct)) {
        final Optional<RexNode> value = value(disjunct, ordinal);
        if (value.isEmpty()) {
          values.clear();
          break;
        }
        values.add(value.get());
      }
      if (!values.isEmpty()) {
        return values;
      }
    }
    return List.of();
  }

  /**
   * Whether the condition is nothing but its parent ids (one conjunct of {@code parent = v}
   * disjuncts), so that it holds for every row a scan of those parents produces.
   */
  public boolean onlyParents(RexNode condition) {
    final RexNode expanded = RexUtil.expandSearch(rexBuilder, null, condition);
    return RelOptUtil.conjunctions(expanded).size() == 1
        && !parents(condition, parentOrdinal).isEmpty()
        && RelOptUtil.disjunctions(expanded).stream().allMatch(d -> d.getKind() == SqlKind.EQUALS);
  }

  /**
   * The parent id a disjunct requires: {@code parent = v}, or a conjunction holding one, such as
   * {@code parent = $cor0.ip AND malicious > $cor0.malicious}, the inner filter a batched
   * nested-loop join makes of a join condition that also compares other columns.
   */
  private Optional<RexNode> value(RexNode node, int ordinal) {
    if (node.getKind() == SqlKind.AND) {
      for (RexNode conjunct : RelOptUtil.conjunctions(node)) {
        final Optional<RexNode> value = value(conjunct, ordinal);
        if (value.isPresent()) {
          return value;
        }
      }
      return Optional.empty();
    }
    if (node.getKind() != SqlKind.EQUALS) {
      return Optional.empty();
    }
    final List<RexNode> ops = ((RexCall) node).getOperands();
    for (int i = 0; i < 2; i++) {
      final RexNode col = RexUtil.removeCast(ops.get(i));
      final RexNode value = RexUtil.removeCast(ops.get(1 - i));
      if (col instanceof RexInputRef ref && ref.getIndex() == ordinal && isParentValue(value)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  private static boolean isParentValue(RexNode value) {
    if (value instanceof RexLiteral lit) {
      return !lit.isNull() && lit.getTypeName().getFamily() == SqlTypeFamily.CHARACTER;
    }
    if (value instanceof RexFieldAccess access) {
      return access.getReferenceExpr() instanceof RexCorrelVariable;
    }
    return value instanceof RexDynamicParam;
  }
}
