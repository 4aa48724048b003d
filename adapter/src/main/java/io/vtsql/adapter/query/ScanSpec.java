package io.vtsql.adapter.query;

import io.vtsql.adapter.rules.VtTableScan;
import java.util.List;

/**
 * What one {@link VtTableScan} asks of VirusTotal, immutable: the access path of a table of objects
 * ({@link VtQuery}: point lookups or the type's scan endpoint) or of a table read one parent at a
 * time ({@link RelationshipQuery}: related objects or child records) or of a single document
 * ({@link DocumentQuery}).
 */
public sealed interface ScanSpec permits VtQuery, RelationshipQuery, DocumentQuery {
  /** Ordinals of the table columns the scan produces, in output order. */
  List<Integer> projection();

  /** The same spec narrowed to the given ordinals of its current output. */
  ScanSpec withProjection(List<Integer> outputOrdinals);

  /** Whether descriptors alone serve every produced column. */
  boolean descriptorsOnly();

  /** Human-readable requests; shown by EXPLAIN and published to {@code Hook.QUERY_PLAN}. */
  String requests();
}
