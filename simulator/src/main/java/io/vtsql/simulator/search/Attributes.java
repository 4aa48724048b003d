package io.vtsql.simulator.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Read access to an object's {@code attributes} by dotted path, plus case-insensitive text tests.
 */
final class Attributes {

  private Attributes() {}

  /** Splits a dotted attribute path once, so evaluation does no string work per object. */
  static String[] path(String dotted) {
    return dotted.split("\\.");
  }

  /** The attribute at {@code path} under {@code object.attributes}; missing node when absent. */
  static JsonNode get(ObjectNode object, String[] path) {
    JsonNode node = object.get("attributes");
    for (String step : path) {
      if (node == null) {
        return MissingNode.getInstance();
      }
      node = node.get(step);
    }
    return node == null ? MissingNode.getInstance() : node;
  }

  /** The attribute as a long, or null when it is absent or not a number. */
  static Long longValue(ObjectNode object, String[] path) {
    JsonNode node = get(object, path);
    return node.isNumber() ? node.asLong() : null;
  }

  /** Whether {@code haystack} contains {@code needle}, ignoring case, without allocating. */
  static boolean containsIgnoreCase(String haystack, String needle) {
    int length = needle.length();
    if (length == 0) {
      return true;
    }
    char lower = Character.toLowerCase(needle.charAt(0));
    char upper = Character.toUpperCase(needle.charAt(0));
    int last = haystack.length() - length;
    for (int i = 0; i <= last; i++) {
      char c = haystack.charAt(i);
      // Cheap first-character filter; non-ASCII characters go straight to the full comparison
      // because their case mappings are not always symmetric.
      if ((c == lower || c == upper || c >= 128)
          && haystack.regionMatches(true, i, needle, 0, length)) {
        return true;
      }
    }
    return false;
  }
}
