package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.Locale;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

/**
 * How one filter modifier of a list endpoint matches an attribute: a case-insensitive substring, a
 * case-insensitive exact value, a case-insensitive member of a string list, a date range on epoch
 * seconds, or a path directly inside a folder.
 */
record AttributeMatch(String attribute, Kind kind) {

  /** The comparison a modifier makes. */
  enum Kind {
    CONTAINS,
    EQUALS,
    ANY_EQUALS,
    DATE,
    FOLDER
  }

  static AttributeMatch contains(String attribute) {
    return new AttributeMatch(attribute, Kind.CONTAINS);
  }

  static AttributeMatch equalsValue(String attribute) {
    return new AttributeMatch(attribute, Kind.EQUALS);
  }

  static AttributeMatch anyEquals(String attribute) {
    return new AttributeMatch(attribute, Kind.ANY_EQUALS);
  }

  static AttributeMatch date(String attribute) {
    return new AttributeMatch(attribute, Kind.DATE);
  }

  /** A path ({@code /a/b/c.exe} or folder {@code /a/b/}) directly inside the folder given. */
  static AttributeMatch folder(String attribute) {
    return new AttributeMatch(attribute, Kind.FOLDER);
  }

  /** The predicate on an object's attributes for one term's value (dates parsed eagerly). */
  Predicate<JsonNode> predicate(String endpoint, String modifier, String value, Clock clock) {
    String wanted = value.toLowerCase(Locale.ROOT);
    return switch (kind) {
      case CONTAINS -> a -> lower(a.path(attribute)).contains(wanted);
      case EQUALS -> a -> lower(a.path(attribute)).equals(wanted);
      case ANY_EQUALS ->
          a -> {
            for (JsonNode item : a.path(attribute)) {
              if (lower(item).equals(wanted)) {
                return true;
              }
            }
            return false;
          };
      case DATE -> {
        LongPredicate range = DateFilter.parse(endpoint, modifier, value, clock);
        yield a -> a.path(attribute).isNumber() && range.test(a.path(attribute).asLong());
      }
      case FOLDER -> {
        // paths are case-sensitive; a folder is named with or without its trailing slash
        String folder = value.endsWith("/") ? value : value + "/";
        yield a ->
            a.path(attribute).isTextual() && parent(a.path(attribute).asText()).equals(folder);
      }
    };
  }

  /** The folder holding a path: {@code /a/b/} for {@code /a/b/c.exe} and for {@code /a/b/c/}. */
  private static String parent(String path) {
    String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return trimmed.substring(0, trimmed.lastIndexOf('/') + 1);
  }

  private static String lower(JsonNode node) {
    return node.isTextual() ? node.asText().toLowerCase(Locale.ROOT) : "\u0000";
  }
}
