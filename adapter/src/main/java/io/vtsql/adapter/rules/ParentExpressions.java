package io.vtsql.adapter.rules;

import io.vtsql.adapter.pushdown.TargetIdParents;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexCorrelVariable;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexFieldAccess;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.util.BuiltInMethod;

/**
 * Compiles a parent id expression into Java for generated code: a literal is a constant, a dynamic
 * parameter is read from the {@link DataContext}, and a correlation variable field is read from the
 * current batch of a batched nested-loop join, the way Calcite's JDBC adapter binds correlation
 * variables (CALCITE-5409), and the parent a target id names ({@link TargetIdParents}) is derived
 * when the query runs.
 */
public final class ParentExpressions {
  private ParentExpressions() {}

  static Expression toJava(
      RexNode value, EnumerableRelImplementor implementor, BlockBuilder block) {
    if (value instanceof RexLiteral literal) {
      return Expressions.constant(literal.getValueAs(String.class), Object.class);
    }
    if (TargetIdParents.isCall(value)) {
      final RexCall call = (RexCall) value;
      return Expressions.call(
          TargetIdParents.class,
          "parentOf",
          Expressions.constant(((RexLiteral) call.getOperands().get(0)).getValueAs(String.class)),
          toJava(call.getOperands().get(1), implementor, block));
    }
    if (value instanceof RexDynamicParam param) {
      return Expressions.call(
          DataContext.ROOT,
          BuiltInMethod.DATA_CONTEXT_GET.method,
          Expressions.constant("?" + param.getIndex()));
    }
    if (value instanceof RexFieldAccess access
        && access.getReferenceExpr() instanceof RexCorrelVariable correl) {
      final Expression field =
          implementor
              .getCorrelVariableGetter(correl.id.getName())
              .field(block, access.getField().getIndex(), null);
      return Expressions.box(field);
    }
    throw new IllegalArgumentException("unsupported parent id expression " + value);
  }
}
