package io.vtsql.adapter.query;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.catalog.ModifierSpec;
import io.vtsql.adapter.pushdown.SearchBinder;
import io.vtsql.adapter.pushdown.SearchValues;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * An expression of the VirusTotal Intelligence search language, built only from typed terms so that
 * rendering decides all quoting: no value can introduce modifiers or operators.
 */
public sealed interface SearchExpr {

  /** Renders the expression as VirusTotal query text. */
  String render();

  /** Whether rendering needs parentheses when nested inside another operator. */
  default boolean compound() {
    return false;
  }

  /** Renders a child, parenthesised when it is compound. */
  private static String child(SearchExpr e) {
    return e.compound() ? "(" + e.render() + ")" : e.render();
  }

  /** {@code modifier:value}; the value was already rendered by {@link SearchValues}. */
  record Term(String modifier, String value) implements SearchExpr {
    public Term {
      requireNonNull(modifier, "modifier");
      requireNonNull(value, "value");
    }

    @Override
    public String render() {
      return modifier + ":" + value;
    }
  }

  /**
   * A term whose value is the statement parameter {@code ?index}: {@link SearchBinder} renders it
   * with the bound value at execution time (same bounds and quoting as a literal); EXPLAIN shows
   * the placeholder, e.g. {@code p:>?0}.
   *
   * @param spec the column's modifier
   * @param op comparison of the column with the parameter ({@code EQUALS} for list membership)
   * @param index parameter ordinal
   * @param type SQL type of the parameter, which decides how its run-time value is read
   */
  record Param(ModifierSpec spec, SqlKind op, int index, SqlTypeName type) implements SearchExpr {
    public Param {
      requireNonNull(spec, "spec");
      requireNonNull(op, "op");
      requireNonNull(type, "type");
    }

    @Override
    public String render() {
      final String symbol;
      switch (op) {
        case GREATER_THAN:
          symbol = ">";
          break;
        case GREATER_THAN_OR_EQUAL:
          symbol = ">=";
          break;
        case LESS_THAN:
          symbol = "<";
          break;
        case LESS_THAN_OR_EQUAL:
          symbol = "<=";
          break;
        default:
          symbol = "";
      }
      return spec.modifier() + ":" + symbol + "?" + index;
    }
  }

  /**
   * A term whose value is a row-independent expression known only when the statement runs, such as
   * {@code CURRENT_TIMESTAMP - INTERVAL '30' DAY}: the generated code evaluates it once per
   * execution and {@link SearchBinder} renders it like a parameter; EXPLAIN shows the expression,
   * e.g. {@code fs:>{-(CURRENT_TIMESTAMP, 2592000000:INTERVAL DAY)}}.
   *
   * @param spec the column's modifier
   * @param op comparison of the column with the value
   * @param value the expression (no column, correlation or sub-query)
   */
  record Moment(ModifierSpec spec, SqlKind op, RexNode value) implements SearchExpr {
    public Moment {
      requireNonNull(spec, "spec");
      requireNonNull(op, "op");
      requireNonNull(value, "value");
    }

    /** The parameter term this becomes once the value is known. */
    public Param asParam() {
      return new Param(spec, op, -1, value.getType().getSqlTypeName());
    }

    @Override
    public String render() {
      final String param = asParam().render();
      return param.substring(0, param.lastIndexOf('?')) + "{" + value + "}";
    }
  }

  /** Conjunction; VirusTotal ANDs whitespace-separated terms. */
  record And(List<SearchExpr> operands) implements SearchExpr {
    public And {
      operands = List.copyOf(operands);
    }

    @Override
    public String render() {
      return operands.stream().map(SearchExpr::child).collect(Collectors.joining(" "));
    }

    @Override
    public boolean compound() {
      return operands.size() > 1;
    }
  }

  /** Disjunction. */
  record Or(List<SearchExpr> operands) implements SearchExpr {
    public Or {
      operands = List.copyOf(operands);
    }

    @Override
    public String render() {
      return operands.stream().map(SearchExpr::child).collect(Collectors.joining(" OR "));
    }

    @Override
    public boolean compound() {
      return operands.size() > 1;
    }
  }

  /** Negation. */
  record Not(SearchExpr operand) implements SearchExpr {
    public Not {
      requireNonNull(operand, "operand");
    }

    @Override
    public String render() {
      return "NOT " + child(operand);
    }
  }

  /**
   * The {@code ip:} term of a literal {@code vt_ip_in} block, checked when the search is bound
   * ({@link SearchBinder}) so a malformed block fails the statement before any request.
   */
  record Block(String cidr) implements SearchExpr {
    public Block {
      requireNonNull(cidr, "cidr");
    }

    @Override
    public String render() {
      return "ip:" + SearchValues.quote(cidr);
    }
  }

  /** User-written query text from {@code vt_search(...)}, sent as written. */
  record Raw(String text) implements SearchExpr {
    public Raw {
      requireNonNull(text, "text");
    }

    @Override
    public String render() {
      return text;
    }

    @Override
    public boolean compound() {
      return true;
    }
  }

  /** Conjunction of two optional expressions (either may be null), flattening nested ANDs. */
  static SearchExpr and(SearchExpr a, SearchExpr b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    final List<SearchExpr> operands = new ArrayList<>();
    for (SearchExpr e : List.of(a, b)) {
      if (e instanceof And and) {
        operands.addAll(and.operands());
      } else {
        operands.add(e);
      }
    }
    return new And(operands);
  }
}
