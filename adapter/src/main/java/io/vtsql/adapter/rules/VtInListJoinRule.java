package io.vtsql.adapter.rules;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalJoin;
import org.apache.calcite.rel.logical.LogicalValues;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.tools.RelBuilder;
import org.apache.calcite.util.NlsString;

/**
 * Turns a long IN list back into a filter. From 20 values on, Calcite plans {@code x IN (...)} as a
 * semi-join with a {@code VALUES} relation, which no scan rule can read; as the filter {@code x IN
 * (...)} (one SEARCH over the values) the scan folds it like a short list, so a hash list of any
 * length becomes one GET per distinct hash. Only a join over a scan without a folded filter
 * (directly, or under the other conditions of the WHERE clause) is rewritten, so the list always
 * reaches {@link VtFilterRule} (a long SEARCH left to generated code would not compile).
 */
public final class VtInListJoinRule extends RelRule<VtRuleConfig> {
  /** The semi-join straight over the scan. */
  static final VtRuleConfig CONFIG =
      VtRuleConfig.of(
          "VtInListJoinRule",
          b0 ->
              b0.operand(LogicalJoin.class)
                  .predicate(VtInListJoinRule::semi)
                  .inputs(
                      b1 ->
                          b1.operand(VtTableScan.class)
                              .predicate(VtInListJoinRule::unfiltered)
                              .noInputs(),
                      VtInListJoinRule::values),
          VtInListJoinRule::new);

  /** The semi-join over the other conditions of the WHERE clause, above the scan. */
  static final VtRuleConfig FILTERED_CONFIG =
      VtRuleConfig.of(
          "VtInListJoinRule:filtered",
          b0 ->
              b0.operand(LogicalJoin.class)
                  .predicate(VtInListJoinRule::semi)
                  .inputs(
                      b1 ->
                          b1.operand(LogicalFilter.class)
                              .oneInput(
                                  b2 ->
                                      b2.operand(VtTableScan.class)
                                          .predicate(VtInListJoinRule::unfiltered)
                                          .noInputs()),
                      VtInListJoinRule::values),
          VtInListJoinRule::new);

  private VtInListJoinRule(VtRuleConfig config) {
    super(config);
  }

  private static boolean semi(LogicalJoin join) {
    return join.getJoinType() == JoinRelType.SEMI;
  }

  private static boolean unfiltered(VtTableScan scan) {
    return scan.logicalObjectScan() && !scan.query().filtered();
  }

  private static RelRule.Done values(RelRule.OperandBuilder b) {
    return b.operand(LogicalValues.class)
        .predicate(v -> v.getRowType().getFieldCount() == 1)
        .noInputs();
  }

  @Override
  public boolean matches(RelOptRuleCall call) {
    return leftKey(call.rel(0)) != null;
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    final LogicalJoin join = call.rel(0);
    final boolean filtered = call.rel(1) instanceof LogicalFilter;
    final VtTableScan scan = call.rel(filtered ? 2 : 1);
    final LogicalValues values = call.rel(filtered ? 3 : 2);
    final RexInputRef key = leftKey(join);
    final RexBuilder rexBuilder = join.getCluster().getRexBuilder();
    final List<RexNode> literals = new ArrayList<>(values.getTuples().size());
    for (List<RexLiteral> tuple : values.getTuples()) {
      final RexLiteral literal = tuple.get(0);
      if (literal.isNull()) {
        continue; // x = NULL is never true
      }
      final Object value =
          literal.getValue() instanceof NlsString s
              // VALUES pads shorter strings of a CHAR column; padding never matches an id
              ? s.getValue().stripTrailing()
              : literal.getValue();
      literals.add(rexBuilder.makeLiteral(value, key.getType(), true));
    }
    final RexNode in =
        literals.isEmpty() ? rexBuilder.makeLiteral(false) : rexBuilder.makeIn(key, literals);
    final RelBuilder builder = call.builder().push(scan);
    call.transformTo(
        filtered
            ? builder.filter(((LogicalFilter) call.rel(1)).getCondition(), in).build()
            : builder.filter(in).build());
  }

  /** The left field of a condition {@code left.x = values.v}, or null for another shape. */
  private static RexInputRef leftKey(LogicalJoin join) {
    final RexNode condition = join.getCondition();
    if (condition.getKind() != SqlKind.EQUALS) {
      return null;
    }
    final int leftCount = join.getLeft().getRowType().getFieldCount();
    final List<RexNode> ops = ((RexCall) condition).getOperands();
    for (int i = 0; i < 2; i++) {
      if (ops.get(i) instanceof RexInputRef l
          && l.getIndex() < leftCount
          && ops.get(1 - i) instanceof RexInputRef r
          && r.getIndex() == leftCount
          && comparable(l, r)) {
        return l;
      }
    }
    return null;
  }

  /** Both sides character, or both numeric: the literals then convert without loss. */
  private static boolean comparable(RexInputRef left, RexInputRef right) {
    final SqlTypeFamily l = left.getType().getSqlTypeName().getFamily();
    final SqlTypeFamily r = right.getType().getSqlTypeName().getFamily();
    return l == r && (l == SqlTypeFamily.CHARACTER || l == SqlTypeFamily.NUMERIC);
  }
}
