package io.vtsql.adapter;

/** How a scan reaches VirusTotal; each value names one request shape. */
public enum AccessPath {
  /** {@code GET /{collection}/{id}}, once per distinct key. */
  POINT_LOOKUP,
  /** {@code GET /intelligence/search}, paged lazily by cursor. */
  SEARCH
}
