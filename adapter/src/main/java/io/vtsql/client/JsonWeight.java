package io.vtsql.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Estimates how many heap bytes a parsed JSON tree takes, so that caches of parsed responses and
 * objects can be bounded by size rather than by entry count alone.
 *
 * <p>The estimate is deliberately rough and cheap (one walk, no reflection): about 48 bytes per
 * node or object field (node header, map entry, String header) plus 2 bytes per character of text
 * and field names. Measured trees of VirusTotal responses are of the same order, so a budget in
 * these bytes is a budget in heap.
 */
public final class JsonWeight {
  private static final long NODE_BYTES = 48;
  private static final long CHAR_BYTES = 2;

  private JsonWeight() {}

  /** The estimated heap bytes of a tree; 0 for null. */
  public static long bytes(JsonNode node) {
    if (node == null) {
      return 0;
    }
    long total = NODE_BYTES;
    if (node.isTextual()) {
      total += CHAR_BYTES * node.textValue().length();
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        total += NODE_BYTES + CHAR_BYTES * field.getKey().length() + bytes(field.getValue());
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        total += bytes(element);
      }
    }
    return total;
  }

  /**
   * The Caffeine weight of an entry in a cache bounded by {@code budgetBytes} and {@code
   * maxEntries}.
   *
   * <p>Caffeine cannot combine {@code maximumSize} with {@code maximumWeight}, so the count bound
   * is folded into the weight: every entry weighs at least {@code ceil(budgetBytes / maxEntries)},
   * hence no more than {@code maxEntries} entries ever fit in {@code maximumWeight(budgetBytes)},
   * however small they are.
   */
  public static int weight(long estimatedBytes, long budgetBytes, long maxEntries) {
    long floor = budgetBytes / maxEntries + (budgetBytes % maxEntries == 0 ? 0 : 1);
    return (int) Math.min(Integer.MAX_VALUE, Math.max(estimatedBytes, floor));
  }
}
