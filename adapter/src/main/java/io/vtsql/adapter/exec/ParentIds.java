package io.vtsql.adapter.exec;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The distinct parent ids of one relationship scan, in first-seen order. A batched nested-loop join
 * pads an incomplete batch with its first value and repeats a parent that several outer rows share,
 * so deduplication is what keeps requests at one per parent.
 */
public final class ParentIds {
  private ParentIds() {}

  /** Distinct, non-null, non-empty values as strings, in first-seen order. */
  static List<String> distinct(List<Object> values) {
    final Set<String> ids = new LinkedHashSet<>();
    for (Object v : values) {
      if (v != null && !v.toString().isEmpty()) {
        ids.add(v.toString());
      }
    }
    return new ArrayList<>(ids);
  }
}
