package io.vtsql.adapter.pushdown;

import io.vtsql.adapter.catalog.ModifierSpec;
import io.vtsql.adapter.query.SearchExpr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexCorrelVariable;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexFieldAccess;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexSubQuery;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeFamily;

/**
 * Search terms on relative times ({@code CURRENT_TIMESTAMP - INTERVAL '30' DAY}, {@code
 * CURRENT_DATE}, {@code TIMESTAMPADD(HOUR, -1, LOCALTIMESTAMP)}, ...): any row-independent,
 * deterministic expression of date or time type. Like a parameter, its value is only known when the
 * statement runs; the generated code evaluates it once per execution with the same clock as the
 * remainder filter, which keeps the exact predicate.
 */
public final class MomentTerms {
  private MomentTerms() {}

  /** Whether a comparison operand is such an expression (a literal is not: it is exact). */
  static boolean isMoment(RexNode node) {
    return node instanceof RexCall
        && (node.getType().getFamily() == SqlTypeFamily.TIMESTAMP
            || node.getType().getFamily() == SqlTypeFamily.DATE)
        && RexUtil.isDeterministic(node)
        && rowIndependent(node);
  }

  /** A date column compared with a moment: a superset term, the predicate stays as remainder. */
  static Optional<FilterTranslator.Pushed> term(ModifierSpec spec, SqlKind kind, RexNode value) {
    final boolean supported =
        spec.kind() == ModifierSpec.Kind.DATE
            && SqlKind.COMPARISON.contains(kind)
            && kind != SqlKind.NOT_EQUALS;
    return supported
        ? Optional.of(new FilterTranslator.Pushed(new SearchExpr.Moment(spec, kind, value), false))
        : Optional.empty();
  }

  /** The distinct moment expressions of a search, in the order the generated code gives them. */
  public static List<RexNode> of(SearchExpr search) {
    final Map<String, RexNode> found = new LinkedHashMap<>();
    collect(search, found);
    return new ArrayList<>(found.values());
  }

  /** Each moment's run-time value by its expression's digest. */
  public static Map<String, Object> values(List<RexNode> moments, List<Object> values) {
    final Map<String, Object> byDigest = new LinkedHashMap<>();
    for (int i = 0; i < moments.size(); i++) {
      byDigest.put(moments.get(i).toString(), values.get(i));
    }
    return byDigest;
  }

  private static void collect(SearchExpr e, Map<String, RexNode> found) {
    if (e instanceof SearchExpr.Moment m) {
      found.putIfAbsent(m.value().toString(), m.value());
    } else if (e instanceof SearchExpr.And and) {
      and.operands().forEach(op -> collect(op, found));
    } else if (e instanceof SearchExpr.Or or) {
      or.operands().forEach(op -> collect(op, found));
    } else if (e instanceof SearchExpr.Not not) {
      collect(not.operand(), found);
    }
  }

  private static boolean rowIndependent(RexNode node) {
    if (node instanceof RexInputRef
        || node instanceof RexCorrelVariable
        || node instanceof RexFieldAccess
        || node instanceof RexSubQuery) {
      return false;
    }
    if (node instanceof RexCall call) {
      return call.getOperands().stream().allMatch(MomentTerms::rowIndependent);
    }
    return node instanceof RexLiteral || node instanceof RexDynamicParam;
  }
}
