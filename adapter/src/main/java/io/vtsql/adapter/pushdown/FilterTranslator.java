package io.vtsql.adapter.pushdown;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.ScanEndpoint;
import io.vtsql.adapter.catalog.VtColumn;
import io.vtsql.adapter.query.LookupKey;
import io.vtsql.adapter.query.SearchExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeFamily;

/**
 * Splits a filter condition into what VirusTotal answers and a remainder (the InnoDB adapter's
 * pattern): an identifier conjunct becomes a point lookup; otherwise every conjunct that maps to
 * modifiers becomes part of the search, and whatever VirusTotal matches only approximately (a
 * superset) is also kept in the remainder so results never depend on pushdown.
 */
public final class FilterTranslator {
  private final RexBuilder rexBuilder;
  private final ObjectType entity;
  private final boolean booleans;
  private final List<VtColumn> inputColumns;
  private final TermTranslator terms;

  /**
   * Creates a translator.
   *
   * @param inputColumns catalogue column of each input field of the condition
   */
  public FilterTranslator(RexBuilder rexBuilder, ObjectType entity, List<VtColumn> inputColumns) {
    this.rexBuilder = requireNonNull(rexBuilder, "rexBuilder");
    this.entity = requireNonNull(entity, "entity");
    this.inputColumns = List.copyOf(inputColumns);
    this.terms = new TermTranslator(entity, this.inputColumns);
    this.booleans = entity.scan().map(ScanEndpoint::booleanOperators).orElse(false);
  }

  /** Translates a condition; never throws for untranslatable input (it becomes remainder). */
  public Translation translate(RexNode condition) {
    final RexNode expanded = RexUtil.expandSearch(rexBuilder, null, condition);
    final List<RexNode> conjuncts = RelOptUtil.conjunctions(expanded);
    for (RexNode conjunct : conjuncts) {
      final List<LookupKey> keys = keys(conjunct);
      if (!keys.isEmpty()) {
        // The lookup checks each answer against the key it was asked for (IdForm: any hash
        // on files.id, any letter case), so only the other conjuncts stay.
        final List<RexNode> remainder = new ArrayList<>(conjuncts);
        remainder.remove(conjunct);
        return new Translation(keys, null, remainder);
      }
    }
    final List<SearchExpr> pushed = new ArrayList<>();
    final List<RexNode> remainder = new ArrayList<>();
    for (RexNode conjunct : conjuncts) {
      final Optional<Pushed> p = translateNode(conjunct).filter(x -> booleans || plain(x.expr()));
      p.ifPresent(x -> pushed.add(x.expr()));
      if (p.isEmpty() || !p.get().exact()) {
        remainder.add(conjunct);
      }
    }
    final SearchExpr search =
        pushed.isEmpty() ? null : pushed.size() == 1 ? pushed.get(0) : new SearchExpr.And(pushed);
    return new Translation(List.of(), search, remainder);
  }

  /** Identifiers of a conjunct {@code key = v} or {@code key = v1 OR key = v2 ...}, else empty. */
  private List<LookupKey> keys(RexNode conjunct) {
    final List<LookupKey> keys = new ArrayList<>();
    for (RexNode disjunct : RelOptUtil.disjunctions(conjunct)) {
      final Optional<LookupKey> key = key(disjunct);
      if (key.isEmpty()) {
        return List.of();
      }
      keys.add(key.get());
    }
    return keys;
  }

  private Optional<LookupKey> key(RexNode node) {
    if (node.getKind() != SqlKind.EQUALS) {
      return Optional.empty();
    }
    final List<RexNode> ops = ((RexCall) node).getOperands();
    for (int i = 0; i < 2; i++) {
      final RexNode col = ops.get(i);
      final RexNode value = ops.get(1 - i);
      if (col instanceof RexInputRef ref && isKeyValue(value)) {
        final VtColumn column = inputColumns.get(ref.getIndex());
        if (entity.isKey(column.name())) {
          final LookupKey.Form form =
              entity.idForm(column.name()).urlForm() ? LookupKey.Form.URL : LookupKey.Form.ID;
          return Optional.of(new LookupKey(value, form, column.name()));
        }
      }
    }
    return Optional.empty();
  }

  /** Keys are character literals or parameters; odd ids simply find nothing at run time. */
  private static boolean isKeyValue(RexNode value) {
    if (value instanceof RexLiteral lit) {
      return !lit.isNull() && lit.getTypeName().getFamily() == SqlTypeFamily.CHARACTER;
    }
    return value instanceof RexDynamicParam
        && value.getType().getFamily() == SqlTypeFamily.CHARACTER;
  }

  /** Whether an expression is only terms ANDed, as every list endpoint's filter takes. */
  private static boolean plain(SearchExpr e) {
    if (e instanceof SearchExpr.And and) {
      return and.operands().stream().allMatch(FilterTranslator::plain);
    }
    return !(e instanceof SearchExpr.Or
        || e instanceof SearchExpr.Not
        || e instanceof SearchExpr.Raw);
  }

  /** Translates a boolean expression of any shape, or returns empty. */
  private Optional<Pushed> translateNode(RexNode node) {
    switch (node.getKind()) {
      case AND:
        {
          // A conjunction may drop untranslatable operands: the rest still selects a superset.
          final List<SearchExpr> parts = new ArrayList<>();
          boolean exact = true;
          for (RexNode op : ((RexCall) node).getOperands()) {
            final Optional<Pushed> p = translateNode(op);
            if (p.isPresent()) {
              parts.add(p.get().expr());
              exact &= p.get().exact();
            } else {
              exact = false;
            }
          }
          if (parts.isEmpty()) {
            return Optional.empty();
          }
          return Optional.of(
              new Pushed(parts.size() == 1 ? parts.get(0) : new SearchExpr.And(parts), exact));
        }
      case OR:
        {
          final List<SearchExpr> parts = new ArrayList<>();
          boolean exact = true;
          for (RexNode op : ((RexCall) node).getOperands()) {
            final Optional<Pushed> p = translateNode(op);
            if (p.isEmpty()) {
              return Optional.empty();
            }
            parts.add(p.get().expr());
            exact &= p.get().exact();
          }
          return Optional.of(new Pushed(new SearchExpr.Or(parts), exact));
        }
      case NOT:
        {
          final RexNode operand = ((RexCall) node).getOperands().get(0);
          final Optional<Pushed> flag = terms.flag(operand, false);
          if (flag.isPresent()) {
            return flag;
          }
          // VirusTotal's NOT also matches objects lacking the attribute, where SQL yields UNKNOWN:
          // the negation of an exact term is therefore only a superset.
          final Optional<Pushed> p = translateNode(operand);
          return p.filter(Pushed::exact).map(x -> new Pushed(new SearchExpr.Not(x.expr()), false));
        }
      default:
        return terms.translate(node);
    }
  }

  /** A translated expression and whether it is exact (else a superset). */
  record Pushed(SearchExpr expr, boolean exact) {}
}
