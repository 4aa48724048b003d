package io.vtsql.adapter.rules;

import java.util.List;
import org.apache.calcite.plan.RelOptRule;

/** Rule instances of the VirusTotal convention. */
public final class VtRules {
  /** Turns logical scans into the VirusTotal convention (always registered). */
  public static final RelOptRule TO_VT =
      VtScanConverterRule.DEFAULT_CONFIG.toRule(VtScanConverterRule.class);

  /** Converts scans to the enumerable convention (always registered). */
  public static final RelOptRule TO_ENUMERABLE =
      VtToEnumerableConverterRule.DEFAULT_CONFIG.toRule(VtToEnumerableConverterRule.class);

  /** Folds filter conjuncts into a scan. */
  public static final RelOptRule FILTER = VtFilterRule.CONFIG.toRule();

  /** Narrows a scan to projected columns (always registered). */
  public static final RelOptRule PROJECT = VtProjectRule.CONFIG.toRule();

  /** Folds ORDER BY / OFFSET / FETCH into a search scan. */
  public static final RelOptRule SORT = VtSortRule.CONFIG.toRule();

  /** Pushes an order beneath a remainder filter, keeping the LIMIT above it. */
  public static final RelOptRule SORT_BELOW_FILTER = VtSortBelowFilterRule.CONFIG.toRule();

  /** Turns a long IN list, planned as a semi-join with VALUES, back into a filter. */
  public static final RelOptRule IN_LIST_JOIN = VtInListJoinRule.CONFIG.toRule();

  /** The same, under the other conditions of the WHERE clause. */
  public static final RelOptRule IN_LIST_JOIN_FILTERED = VtInListJoinRule.FILTERED_CONFIG.toRule();

  /** The pushdown rules (not registered when {@code pushdown=false}). */
  public static final List<RelOptRule> RULES =
      List.of(FILTER, SORT, SORT_BELOW_FILTER, IN_LIST_JOIN, IN_LIST_JOIN_FILTERED);

  private VtRules() {}
}
