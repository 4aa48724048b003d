package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.Locale;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

/**
 * How one filter modifier of a list endpoint matches an attribute: a case-insensitive substring, a
 * case-insensitive exact value, a case-insensitive member of a string list, or a date range on
 * epoch seconds.
 */
record AttributeMatch(String attribute, Kind kind) {

  /** The comparison a modifier makes. */
  enum Kind {
    CONTAINS,
    EQUALS,
    ANY_EQUALS,
    DATE
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
    };
  }

  private static String lower(JsonNode node) {
    return node.isTextual() ? node.asText().toLowerCase(Locale.ROOT) : "\u0000";
  }
}
