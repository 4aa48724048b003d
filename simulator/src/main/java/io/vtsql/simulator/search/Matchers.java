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

  private Matchers() {}

  /** The numeric attribute at {@code dotted} lies in {@code range}. */
  static Predicate<ObjectNode> inRange(String dotted, LongRange range) {
    String[] path = Attributes.path(dotted);
    return object -> {
      JsonNode node = Attributes.get(object, path);
      return node.isNumber() && range.contains(node.asLong());
    };
  }

  /**
   * Some text at {@code dotted} (the attribute itself, or an element of an array there) matches
   * {@code value} as the text reading says: by words, or as a substring ignoring case.
   */
  static Predicate<ObjectNode> text(String dotted, String value, SearchSemantics.Text reading) {
    String[] path = Attributes.path(dotted);
    Predicate<String> match = textMatch(value, reading);
    return object -> {
      JsonNode node = Attributes.get(object, path);
      if (node.isTextual()) {
        return match.test(node.asText());
      }
      for (JsonNode element : node) {
        if (element.isTextual() && match.test(element.asText())) {
          return true;
        }
      }
      return false;
    };
  }

  /** A string test for {@code value} under a text reading. */
  static Predicate<String> textMatch(String value, SearchSemantics.Text reading) {
    return reading == SearchSemantics.Text.WORDS
        ? new WordMatch(value)
        : text -> Attributes.containsIgnoreCase(text, value);
  }

  /** The text attribute at {@code dotted} starts with {@code prefix}, ignoring case. */
  static Predicate<ObjectNode> startsWith(String dotted, String prefix) {
    String[] path = Attributes.path(dotted);
    return object -> {
      JsonNode node = Attributes.get(object, path);
      return node.isTextual() && node.asText().regionMatches(true, 0, prefix, 0, prefix.length());
    };
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
   * Some element of the array (or some value of the object) at {@code dotted} contains {@code
   * needle}, ignoring case.
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
   * Some engine in the {@code last_analysis_results} map has a {@code result} containing {@code
   * needle}, ignoring case.
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
