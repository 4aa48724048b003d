package io.vtsql.adapter.query;

/** How a scan reaches VirusTotal; each value names one request shape. */
public enum AccessPath {
  /** {@code GET /{collection}/{id}}, once per distinct key. */
  POINT_LOOKUP,
  /**
   * The type's scan endpoint ({@code GET /intelligence/search} or its list endpoint with {@code
   * filter=}/{@code order=}), paged lazily by cursor.
   */
  SCAN
}
