package io.vtsql.adapter.pushdown;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes values into search terms. Strings are always double-quoted with backslash escapes, so a
 * value can never end its quotes early and smuggle in modifiers or boolean operators.
 */
public final class SearchValues {
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

  private SearchValues() {}

  /** A quoted, escaped string value. */
  public static String quote(String value) {
    final StringBuilder b = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      final char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.append('"').toString();
  }

  /** Whether a string can be sent at all: control characters have no escape in the language. */
  static boolean sendable(String value) {
    return !value.isEmpty() && value.chars().noneMatch(Character::isISOControl);
  }

  /**
   * Whether a string can be sent in a grammar with or without backslash escapes: the list
   * endpoints' {@code filter=} documents quotes for values with spaces but no escapes, so a value
   * holding a quote or backslash has no spelling there.
   */
  static boolean sendable(String value, boolean escapes) {
    return sendable(value) && (escapes || value.indexOf('"') < 0 && value.indexOf('\\') < 0);
  }

  /** An instant in epoch seconds, written as the date modifiers expect (UTC). */
  static String dateTime(long epochSeconds) {
    return DATE_TIME.format(Instant.ofEpochSecond(epochSeconds));
  }
}
