package io.vtsql.adapter.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers the catalogue records share. */
final class Catalogs {
  private Catalogs() {}

  /** An unmodifiable copy that keeps the declaration order (Map.copyOf does not). */
  static <K, V> Map<K, V> ordered(Map<K, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
