package io.vtsql.simulator.corpus.gen;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Builds a lazily materialised table from seeds that each know their canonical id. */
final class CorpusTables {

  private CorpusTables() {}

  static <T> LazyTable of(List<T> seeds, Function<T, String> id, Function<T, ObjectNode> build) {
    Map<String, T> byId = new HashMap<>();
    Map<String, String> lookup = new HashMap<>();
    List<String> ids = new ArrayList<>();
    for (T s : seeds) {
      String key = id.apply(s);
      byId.put(key, s);
      lookup.put(key, key);
      ids.add(key);
    }
    return new LazyTable(ids, lookup, key -> build.apply(byId.get(key)));
  }
}
