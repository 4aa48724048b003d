package io.vtsql.adapter.pushdown;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.catalog.ModifierSpec;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.VtColumn;
import io.vtsql.adapter.query.SearchExpr;
import io.vtsql.adapter.table.VtIpFunction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.fun.SqlQuantifyOperator;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.DateString;
import org.apache.calcite.util.TimestampString;

/**
 * Translates one leaf predicate over one column ({@code col op literal}, {@code ARRAY_CONTAINS},
 * {@code x = SOME(col)}, {@code IS NULL}, {@code vt_ip_in}) into a search term that is a superset
 * under every plausible reading of the search language; stored counters and dates are whole numbers
 * (of seconds for dates), so bounds are integers.
 */
public final class TermTranslator {
  /** Milliseconds per second, to turn epoch millis into the seconds dates are compared in. */
  static final BigDecimal MILLIS = BigDecimal.valueOf(1000);

  private final ObjectType entity;
  private final List<VtColumn> inputColumns;

  TermTranslator(ObjectType entity, List<VtColumn> inputColumns) {
    this.entity = requireNonNull(entity, "entity");
    this.inputColumns = requireNonNull(inputColumns, "inputColumns");
  }

  Optional<FilterTranslator.Pushed> translate(RexNode node) {
    if (!(node instanceof RexCall call)) {
      return flag(node, true);
    }
    switch (call.getKind()) {
      case EQUALS:
      case NOT_EQUALS:
      case LESS_THAN:
      case LESS_THAN_OR_EQUAL:
      case GREATER_THAN:
      case GREATER_THAN_OR_EQUAL:
        return comparison(call);
      case ARRAY_CONTAINS:
        return contains(call.getOperands().get(0), call.getOperands().get(1));
      case IS_NULL:
      case IS_NOT_NULL:
        return nullTest(call);
      case SOME:
        // x = SOME(array) (or = ANY), the standard spelling of ARRAY_CONTAINS(array, x).
        return call.getOperator() instanceof SqlQuantifyOperator q
                && q.comparisonKind == SqlKind.EQUALS
            ? contains(call.getOperands().get(1), call.getOperands().get(0))
            : Optional.empty();
      default:
        return VtIpFunction.isCall(call)
            ? IpInTerms.translate(call, entity, this)
            : Optional.empty();
    }
  }

  /**
   * A boolean column standing alone ({@code WHERE private}, {@code true}) or under NOT ({@code
   * false}) as {@code mod:true} / {@code mod:false}: a superset, since an object lacking the
   * attribute may match {@code mod:false} where SQL yields UNKNOWN.
   */
  Optional<FilterTranslator.Pushed> flag(RexNode node, boolean value) {
    return column(node)
        .flatMap(c -> entity.modifier(c.name()))
        .filter(s -> s.kind() == ModifierSpec.Kind.BOOLEAN)
        .map(
            s ->
                new FilterTranslator.Pushed(
                    new SearchExpr.Term(s.modifier(), Boolean.toString(value)), false));
  }

  /**
   * {@code col IS NULL} on a counter or date is {@code NOT mod:0+} (epoch 0 for dates), a superset
   * under both readings of {@code +}: VirusTotal's NOT matches absent attributes, and under the
   * strict reading also zeros. {@code IS NOT NULL} has no superset term ({@code 0+} may exclude
   * zero), so it stays local.
   */
  private Optional<FilterTranslator.Pushed> nullTest(RexCall call) {
    if (call.getKind() != SqlKind.IS_NULL) {
      return Optional.empty();
    }
    return column(call.getOperands().get(0))
        .flatMap(c -> entity.modifier(c.name()))
        .filter(s -> s.kind() == ModifierSpec.Kind.NUMBER || s.kind() == ModifierSpec.Kind.DATE)
        .map(
            s ->
                new FilterTranslator.Pushed(
                    new SearchExpr.Not(
                        term(s, BigDecimal.ZERO, "+", s.kind() == ModifierSpec.Kind.DATE)),
                    false));
  }

  private Optional<FilterTranslator.Pushed> comparison(RexCall call) {
    SqlKind kind = call.getKind();
    RexNode left = call.getOperands().get(0);
    RexNode right = call.getOperands().get(1);
    if (column(left).isEmpty()) {
      final RexNode t = left;
      left = right;
      right = t;
      kind = kind.reverse();
    }
    final Optional<ModifierSpec> spec = column(left).flatMap(c -> entity.modifier(c.name()));
    if (spec.isPresent() && right instanceof RexDynamicParam param) {
      return ParameterTerms.parameter(spec.get(), kind, param);
    }
    if (spec.isPresent() && MomentTerms.isMoment(right)) {
      return MomentTerms.term(spec.get(), kind, right);
    }
    final RexLiteral literal = literal(right);
    if (spec.isEmpty() || literal == null) {
      return Optional.empty();
    }
    if (kind == SqlKind.NOT_EQUALS) {
      return comparison(spec.get(), SqlKind.EQUALS, literal)
          .filter(FilterTranslator.Pushed::exact)
          .map(p -> new FilterTranslator.Pushed(new SearchExpr.Not(p.expr()), false));
    }
    return comparison(spec.get(), kind, literal);
  }

  private Optional<FilterTranslator.Pushed> comparison(
      ModifierSpec spec, SqlKind kind, RexLiteral literal) {
    switch (spec.kind()) {
      case NUMBER:
        {
          final BigDecimal v =
              literal.getTypeName().getFamily() == SqlTypeFamily.NUMERIC
                  ? literal.getValueAs(BigDecimal.class)
                  : null;
          return v == null ? Optional.empty() : bounds(spec, kind, v, false);
        }
      case DATE:
        {
          final Long millis = timestampMillis(literal);
          return millis == null
              ? Optional.empty()
              : bounds(spec, kind, BigDecimal.valueOf(millis).divide(MILLIS), true);
        }
      case KEYWORD:
      case TEXT:
      case IP:
        {
          final String s = string(literal);
          if (kind != SqlKind.EQUALS || s == null) {
            return Optional.empty();
          }
          // A TEXT modifier matches words, so the quoted whole value (a phrase of the value's own
          // words) is a superset of equality; LIKE patterns have no superset term and stay local.
          return Optional.of(
              new FilterTranslator.Pushed(
                  new SearchExpr.Term(spec.modifier(), SearchValues.quote(s)), spec.exact()));
        }
      default:
        return Optional.empty();
    }
  }

  /**
   * Integer bounds (for dates the unit is a second), written so that the pushed term is a superset
   * under every reading of the suffixes (docs/search-language.md): {@code N-} is documented as
   * strictly less than N, {@code N+} as both "N or more" and "more than N", and a bare value is
   * equality. Only a {@code -} bound on a modifier whose meaning is documented ({@link
   * ModifierSpec#exact()}) is exact; every other term keeps its predicate locally. {@code x > 5}
   * becomes {@code 5+} (more than 5 or at least 5: both contain 6, 7, ...) and {@code x >= 5}
   * becomes {@code 4+}; {@code x <= 5} becomes {@code 6-}.
   */
  static Optional<FilterTranslator.Pushed> bounds(
      ModifierSpec spec, SqlKind kind, BigDecimal v, boolean date) {
    final BigDecimal floor = v.setScale(0, RoundingMode.FLOOR);
    final BigDecimal ceil = v.setScale(0, RoundingMode.CEILING);
    final BigDecimal n;
    final String suffix;
    switch (kind) {
      case EQUALS:
        if (floor.compareTo(ceil) != 0) {
          return Optional.empty();
        }
        n = floor;
        suffix = "";
        break;
      case GREATER_THAN:
        n = floor;
        suffix = "+";
        break;
      case GREATER_THAN_OR_EQUAL:
        n = ceil.subtract(BigDecimal.ONE);
        suffix = "+";
        break;
      case LESS_THAN:
        n = ceil;
        suffix = "-";
        break;
      case LESS_THAN_OR_EQUAL:
        n = floor.add(BigDecimal.ONE);
        suffix = "-";
        break;
      default:
        return Optional.empty();
    }
    // Negative bounds have no unambiguous spelling (p:-1-); leave them to Calcite. So does
    // "x >= 0": "0+" may mean "more than 0".
    if (n.signum() < 0) {
      return Optional.empty();
    }
    final boolean exact = suffix.equals("-") && spec.exact();
    return Optional.of(new FilterTranslator.Pushed(term(spec, n, suffix, date), exact));
  }

  private static SearchExpr.Term term(
      ModifierSpec spec, BigDecimal n, String suffix, boolean date) {
    final String value = date ? SearchValues.dateTime(n.longValueExact()) : n.toPlainString();
    return new SearchExpr.Term(spec.modifier(), value + suffix);
  }

  private Optional<FilterTranslator.Pushed> contains(RexNode array, RexNode element) {
    final Optional<ModifierSpec> spec =
        column(array)
            .flatMap(c -> entity.modifier(c.name()))
            .filter(s -> s.kind() == ModifierSpec.Kind.LIST);
    final RexDynamicParam param = ParameterTerms.stringParameter(element);
    if (spec.isPresent() && param != null) {
      return Optional.of(
          new FilterTranslator.Pushed(
              new SearchExpr.Param(
                  spec.get(), SqlKind.EQUALS, param.getIndex(), param.getType().getSqlTypeName()),
              false));
    }
    final RexLiteral literal = literal(element);
    final String s = literal == null ? null : string(literal);
    if (spec.isEmpty() || s == null) {
      return Optional.empty();
    }
    return Optional.of(
        new FilterTranslator.Pushed(
            new SearchExpr.Term(spec.get().modifier(), SearchValues.quote(s)), spec.get().exact()));
  }

  /** The column under value-preserving casts, if the node is a column reference. */
  Optional<VtColumn> column(RexNode node) {
    RexNode n = node;
    while (n.getKind() == SqlKind.CAST) {
      final RexNode inner = ((RexCall) n).getOperands().get(0);
      if (!preservesValues(inner.getType(), n.getType())) {
        return Optional.empty();
      }
      n = inner;
    }
    return n instanceof RexInputRef ref
        ? Optional.of(inputColumns.get(ref.getIndex()))
        : Optional.empty();
  }

  private static boolean preservesValues(RelDataType from, RelDataType to) {
    final SqlTypeName f = from.getSqlTypeName();
    final SqlTypeName t = to.getSqlTypeName();
    if (SqlTypeName.INT_TYPES.contains(f)) {
      final int digits = f == SqlTypeName.BIGINT ? 19 : 10;
      return f == t
          || t == SqlTypeName.BIGINT
          || t == SqlTypeName.DOUBLE
          || t == SqlTypeName.DECIMAL && to.getPrecision() - to.getScale() >= digits;
    }
    if (f == SqlTypeName.VARCHAR || f == SqlTypeName.CHAR) {
      return t == SqlTypeName.VARCHAR && to.getPrecision() == RelDataType.PRECISION_NOT_SPECIFIED;
    }
    return f == SqlTypeName.TIMESTAMP
        && t == SqlTypeName.TIMESTAMP
        && to.getPrecision() >= from.getPrecision();
  }

  /** A non-null literal under any casts (the cast only adapts its type to the column). */
  static RexLiteral literal(RexNode node) {
    RexNode n = node;
    while (n.getKind() == SqlKind.CAST) {
      n = ((RexCall) n).getOperands().get(0);
    }
    return n instanceof RexLiteral lit && !lit.isNull() ? lit : null;
  }

  private String string(RexLiteral literal) {
    if (literal.getTypeName().getFamily() != SqlTypeFamily.CHARACTER) {
      return null;
    }
    final String s = literal.getValueAs(String.class);
    return s != null && SearchValues.sendable(s, entity.search().isPresent()) ? s : null;
  }

  private static Long timestampMillis(RexLiteral literal) {
    switch (literal.getTypeName()) {
      case TIMESTAMP:
        return literal.getValueAs(TimestampString.class).getMillisSinceEpoch();
      case DATE:
        return literal.getValueAs(DateString.class).getMillisSinceEpoch();
      case CHAR:
      case VARCHAR:
        return parseTimestamp(literal.getValueAs(String.class));
      default:
        return null;
    }
  }

  static Long parseTimestamp(String s) {
    try {
      return new TimestampString(s.trim()).getMillisSinceEpoch();
    } catch (RuntimeException e) {
      try {
        return new DateString(s.trim()).getMillisSinceEpoch();
      } catch (RuntimeException e2) {
        return null;
      }
    }
  }
}
