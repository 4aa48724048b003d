package io.vtsql.simulator.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.function.Predicate;

/**
 * Predicate factories over attribute values. Paths are split and needles prepared when the
 * predicate is built, so evaluation does no parsing. An absent attribute never matches.
 */
final class Matchers {

  private Matchers() {
  }

  /** The numeric attribute at {@code dotted} lies in {@code range}. */
  static Predicate<ObjectNode> inRange(String dotted, LongRange range) {
    String[] path = Attributes.path(dotted);
    return object -> {
      JsonNode node = Attributes.get(object, path);
      return node.isNumber() && range.contains(node.asLong());
    };
  }

  /** The text attribute at {@code dotted} contains {@code needle}, ignoring case. */
  static Predicate<ObjectNode> contains(String dotted, String needle) {
    String[] path = Attributes.path(dotted);
    return object -> textContains(Attributes.get(object, path), needle);
  }

  /** The text attribute at {@code dotted} equals {@code value}, optionally ignoring case. */
  static Predicate<ObjectNode> equalTo(String dotted, String value, boolean ignoreCase) {
    String[] path = Attributes.path(dotted);
    return object -> {
      JsonNode node = Attributes.get(object, path);
      return node.isTextual()
          && (ignoreCase ? node.asText().equalsIgnoreCase(value) : node.asText().equals(value));
    };
  }

  /** Some element of the string array at {@code dotted} equals {@code value}, ignoring case. */
  static Predicate<ObjectNode> hasElement(String dotted, String value) {
    String[] path = Attributes.path(dotted);
    return object -> {
      for (JsonNode element : Attributes.get(object, path)) {
        if (element.isTextual() && element.asText().equalsIgnoreCase(value)) {
          return true;
        }
      }
      return false;
    };
  }

  /**
   * Some element of the array (or some value of the object) at {@code dotted} contains
   * {@code needle}, ignoring case.
   */
  static Predicate<ObjectNode> anyContains(String dotted, String needle) {
    String[] path = Attributes.path(dotted);
    return object -> {
      for (JsonNode element : Attributes.get(object, path)) {
        if (textContains(element, needle)) {
          return true;
        }
      }
      return false;
    };
  }

  /**
   * Some engine in the {@code last_analysis_results} map has a {@code result} containing
   * {@code needle}, ignoring case.
   */
  static Predicate<ObjectNode> anyEngineResult(String needle) {
    String[] path = Attributes.path("last_analysis_results");
    return object -> {
      Iterator<JsonNode> engines = Attributes.get(object, path).elements();
      while (engines.hasNext()) {
        if (textContains(engines.next().get("result"), needle)) {
          return true;
        }
      }
      return false;
    };
  }

  /** Whether {@code node} is text containing {@code needle}, ignoring case. */
  static boolean textContains(JsonNode node, String needle) {
    return node != null && node.isTextual() && Attributes.containsIgnoreCase(node.asText(), needle);
  }
}
