package io.vtsql.adapter.rules;

import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableBatchNestedLoopJoinRule;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.rel.rules.CoreRules;

/**
 * Rule instances of relationship scans. {@link #RULES} are registered whatever {@code pushdown}
 * says: parent ids are the only way a relationship can be read, not an optimisation.
 */
public final class RelationshipRules {
  /** Gives a scan its parent ids from a filter. */
  public static final RelOptRule PARENTS = RelationshipParentRule.CONFIG.toRule();

  /**
   * Folds a LIMIT/OFFSET into a scan of constant parents; the only relationship rule that is an
   * optimisation, so it is registered only with {@code pushdown=true}.
   */
  public static final RelOptRule SORT = RelationshipSortRule.CONFIG.toRule();

  /**
   * Outer rows per inner relationship scan of a batched nested-loop join. Calcite's default (100)
   * would let {@code ... LIMIT 10} over a join fetch the relationships of 100 parents; 20 bounds
   * that over-fetch while still keeping {@code fanOut} calls in flight.
   */
  public static final int BATCH_SIZE = 20;

  /** Hands a join's outer rows, a batch at a time, to the relationship scan inside it. */
  public static final RelOptRule BATCH_JOIN =
      EnumerableBatchNestedLoopJoinRule.Config.DEFAULT.withBatchSize(BATCH_SIZE).toRule();

  /**
   * Every rule a relationship scan registers: its own, plus the transitive-predicate rule that
   * carries a constant on one side of a join over to the relationship's parent column.
   */
  public static final List<RelOptRule> RULES =
      List.of(PARENTS, BATCH_JOIN, CoreRules.JOIN_PUSH_TRANSITIVE_PREDICATES);

  private RelationshipRules() {}
}
