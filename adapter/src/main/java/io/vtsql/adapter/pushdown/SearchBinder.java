package io.vtsql.adapter.pushdown;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.query.SearchExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.apache.calcite.rex.RexNode;

/**
 * Replaces the {@link SearchExpr.Param} and {@link SearchExpr.Moment} terms of a pushed search with
 * their values at execution time. Such a term only ever selects a superset (its predicate stays in
 * the remainder filter), so a value without an exact spelling may widen the search: a null value
 * matches nothing (a comparison with NULL is never true), any other unsendable value matches
 * everything. A literal CIDR block is checked here too, so that a malformed one is the statement's
 * error before any request.
 */
public final class SearchBinder {
  private final IntFunction<Object> values;
  private final Function<RexNode, Object> moments;
  private final boolean escapes;

  /**
   * Creates a binder.
   *
   * @param values the run-time value of parameter {@code ?i}, in Calcite's internal form
   * @param moments the run-time value of a {@link SearchExpr.Moment}'s expression, likewise
   * @param escapes whether the grammar has backslash escapes in quoted values
   */
  public SearchBinder(
      IntFunction<Object> values, Function<RexNode, Object> moments, boolean escapes) {
    this.values = requireNonNull(values, "values");
    this.moments = requireNonNull(moments, "moments");
    this.escapes = escapes;
  }

  /** What a (sub)expression became once bound. */
  public record Bound(SearchExpr expr, boolean none) {
    /** Matches every object: no constraint left. */
    static final Bound ALL = new Bound(null, false);

    /** Matches no object. */
    static final Bound NONE = new Bound(null, true);

    /** Whether nothing constrains the search any more. */
    boolean all() {
      return expr == null && !none;
    }
  }

  /** Binds an optional expression (null: the entity alone, which is {@link Bound#ALL}). */
  public Bound bind(SearchExpr e) {
    if (e == null) {
      return Bound.ALL;
    }
    if (e instanceof SearchExpr.Param p) {
      final Object v = values.apply(p.index());
      if (v == null) {
        return Bound.NONE;
      }
      return ParameterTerms.boundTerm(p, v, escapes)
          .map(x -> new Bound(x, false))
          .orElse(Bound.ALL);
    }
    if (e instanceof SearchExpr.Moment m) {
      final Object v = moments.apply(m.value());
      if (v == null) {
        return Bound.NONE;
      }
      return ParameterTerms.boundTerm(m.asParam(), v, escapes)
          .map(x -> new Bound(x, false))
          .orElse(Bound.ALL);
    }
    if (e instanceof SearchExpr.And and) {
      final List<SearchExpr> parts = new ArrayList<>();
      for (SearchExpr op : and.operands()) {
        final Bound b = bind(op);
        if (b.none()) {
          return Bound.NONE;
        }
        if (b.expr() != null) {
          parts.add(b.expr());
        }
      }
      return parts.isEmpty()
          ? Bound.ALL
          : new Bound(parts.size() == 1 ? parts.get(0) : new SearchExpr.And(parts), false);
    }
    if (e instanceof SearchExpr.Or or) {
      final List<SearchExpr> parts = new ArrayList<>();
      for (SearchExpr op : or.operands()) {
        final Bound b = bind(op);
        if (b.all()) {
          return Bound.ALL;
        }
        if (b.expr() != null) {
          parts.add(b.expr());
        }
      }
      return parts.isEmpty()
          ? Bound.NONE
          : new Bound(parts.size() == 1 ? parts.get(0) : new SearchExpr.Or(parts), false);
    }
    if (e instanceof SearchExpr.Block block) {
      IpBlock.valid(block.cidr());
      return new Bound(e, false);
    }
    if (e instanceof SearchExpr.Not not) {
      // Only exact terms are negated (FilterTranslator), and parameter terms are never exact,
      // so a NOT holds no parameter: it is sent as it is.
      return new Bound(not, false);
    }
    return new Bound(e, false);
  }
}
