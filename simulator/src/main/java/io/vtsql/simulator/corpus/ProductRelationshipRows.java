package io.vtsql.simulator.corpus;

/**
 * Relationship rows of the products' object types, in the form {@link RelationshipCatalogue} reads:
 * name, target type(s), flags ("E" = premium only, "1" = 1:1), description.
 */
final class ProductRelationshipRows {

  /** A Retrohunt job's matches (docs: the matching_files relationship). */
  static final String[][] RETROHUNT_JOB = {
    {"matching_files", "file", "", "Files the job's YARA rules matched"},
  };

  /** A Monitor item's analyses (docs: GET /monitor/items/{id}/analyses). */
  static final String[][] MONITOR_ITEM = {
    {"analyses", "monitor_analysis", "", "Analyses of the Monitor item's file, newest first"},
  };

  private ProductRelationshipRows() {}
}
