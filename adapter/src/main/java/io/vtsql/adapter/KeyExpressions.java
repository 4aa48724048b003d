package io.vtsql.adapter;

import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.util.BuiltInMethod;

/**
 * Compiles the value of a {@link LookupKey} into Java for generated code. A new key source
 * (such as a correlation variable of a batched nested-loop join) is one more case here.
 */
final class KeyExpressions {
  private KeyExpressions() {}

  static Expression toJava(RexNode value) {
    if (value instanceof RexLiteral literal) {
      return Expressions.constant(literal.getValueAs(String.class), Object.class);
    }
    if (value instanceof RexDynamicParam param) {
      return Expressions.call(DataContext.ROOT, BuiltInMethod.DATA_CONTEXT_GET.method,
          Expressions.constant("?" + param.getIndex()));
    }
    throw new IllegalArgumentException("unsupported key expression " + value);
  }
}
