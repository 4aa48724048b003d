package io.vtsql.adapter.pushdown;

import io.vtsql.adapter.catalog.ModifierSpec;
import io.vtsql.adapter.query.SearchExpr;
import java.math.BigDecimal;
import java.util.Optional;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Search terms on statement parameters ({@code ?}): {@link SearchExpr.Param} placeholders when
 * planning, and the term of the bound value, converted like a literal, when executing.
 */
public final class ParameterTerms {
  private ParameterTerms() {}

  /**
   * A term on a statement parameter. Its value is only known at execution, when it may turn out not
   * to be sendable exactly (null, negative, a control character), so the term is a superset and the
   * predicate stays in the remainder.
   */
  static Optional<FilterTranslator.Pushed> parameter(
      ModifierSpec spec, SqlKind kind, RexDynamicParam param) {
    final boolean ordered =
        spec.kind() == ModifierSpec.Kind.NUMBER || spec.kind() == ModifierSpec.Kind.DATE;
    final boolean supported =
        kind == SqlKind.EQUALS && spec.kind() != ModifierSpec.Kind.LIST
            || ordered && SqlKind.COMPARISON.contains(kind) && kind != SqlKind.NOT_EQUALS;
    return supported
        ? Optional.of(
            new FilterTranslator.Pushed(
                new SearchExpr.Param(
                    spec, kind, param.getIndex(), param.getType().getSqlTypeName()),
                false))
        : Optional.empty();
  }

  /**
   * The term of a bound parameter, converted exactly as a literal of the same value would be; empty
   * when the value has no exact spelling.
   *
   * @param value the parameter in Calcite's internal representation (TIMESTAMP: epoch millis, DATE:
   *     epoch days)
   * @param escapes whether the grammar has backslash escapes in quoted values (search: yes, list
   *     filters: no)
   */
  static Optional<SearchExpr> boundTerm(SearchExpr.Param p, Object value, boolean escapes) {
    final ModifierSpec spec = p.spec();
    final Optional<FilterTranslator.Pushed> pushed;
    switch (spec.kind()) {
      case NUMBER:
        pushed =
            value instanceof Number n
                ? TermTranslator.bounds(spec, p.op(), new BigDecimal(n.toString()), false)
                : Optional.empty();
        break;
      case DATE:
        {
          final Long millis =
              value instanceof Number n
                  ? (p.type() == SqlTypeName.DATE ? n.longValue() * 86_400_000L : n.longValue())
                  : value instanceof String s ? TermTranslator.parseTimestamp(s) : null;
          pushed =
              millis == null
                  ? Optional.empty()
                  : TermTranslator.bounds(
                      spec, p.op(), BigDecimal.valueOf(millis).divide(TermTranslator.MILLIS), true);
          break;
        }
      case BOOLEAN:
        pushed =
            value instanceof Boolean b && p.op() == SqlKind.EQUALS
                ? Optional.of(
                    new FilterTranslator.Pushed(
                        new SearchExpr.Term(spec.modifier(), b.toString()), false))
                : Optional.empty();
        break;
      case CIDR:
        // Validated before any request: a malformed block is the statement's error, not a 400.
        pushed =
            value instanceof String s
                ? Optional.of(
                    new FilterTranslator.Pushed(
                        new SearchExpr.Term(spec.modifier(), SearchValues.quote(IpBlock.valid(s))),
                        false))
                : Optional.empty();
        break;
      default:
        pushed =
            value instanceof String s
                    && p.op() == SqlKind.EQUALS
                    && SearchValues.sendable(s, escapes)
                ? Optional.of(
                    new FilterTranslator.Pushed(
                        new SearchExpr.Term(spec.modifier(), SearchValues.quote(s)), false))
                : Optional.empty();
    }
    return pushed.map(FilterTranslator.Pushed::expr);
  }

  /**
   * A parameter, possibly cast to VARCHAR as {@code ARRAY_CONTAINS(tags, CAST(? AS VARCHAR))} needs
   * (a bare {@code ?} has no type there); null otherwise.
   */
  static RexDynamicParam stringParameter(RexNode node) {
    RexNode n = node;
    while (n.getKind() == SqlKind.CAST
        && n.getType().getFamily() == SqlTypeFamily.CHARACTER
        && n.getType().getPrecision() == RelDataType.PRECISION_NOT_SPECIFIED) {
      n = ((RexCall) n).getOperands().get(0);
    }
    return n instanceof RexDynamicParam p && p.getType().getFamily() == SqlTypeFamily.CHARACTER
        ? p
        : null;
  }
}
