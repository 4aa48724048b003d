package io.vtsql.simulator.search;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Extracts hit ids from search results for assertions. */
final class Hits {

  private Hits() {}

  /** Hit ids in result order. */
  static List<String> ids(SearchResult result) {
    return result.hits().stream().map(h -> h.get("id").asText()).collect(Collectors.toList());
  }

  /** Hit ids as a sorted set, for tests about membership rather than order. */
  static Set<String> idSet(SearchResult result) {
    return new TreeSet<>(ids(result));
  }
}
