package io.vtsql.simulator.search;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses integer and size values with their optional bound suffix into a {@link LongRange}.
 *
 * <p>Integers are decimal digits only ({@code 5}, {@code 5+}, {@code 5-}). Sizes are an integer
 * with an optional case-insensitive unit {@code b}, {@code kb}, {@code mb} or {@code gb}, binary
 * multiples (1 KB = 1024 bytes); {@code size:1KB-} means less than 1024 bytes. The meaning of
 * {@code +} is a {@link SearchSemantics.Bounds} setting.
 */
final class NumberValues {

  private static final Pattern INTEGER = Pattern.compile("[0-9]{1,18}");
  private static final Pattern SIZE = Pattern.compile("([0-9]{1,18})(b|kb|mb|gb)?");

  private NumberValues() {}

  /** The range of an integer value such as {@code 5}, {@code 5+} or {@code 5-}. */
  static LongRange integer(String modifier, String value, SearchSemantics.Bounds plus) {
    LongRange.Bound bound = LongRange.Bound.of(value);
    String digits = bound.strip(value);
    if (!INTEGER.matcher(digits).matches()) {
      throw SearchException.badRequest(
          "Invalid value '"
              + value
              + "' for modifier '"
              + modifier
              + "': expected a non-negative integer optionally followed by + or -");
    }
    long n = Long.parseLong(digits);
    return LongRange.of(bound, n, n, plus);
  }

  /** The byte range of a size value such as {@code 100}, {@code 1KB-} or {@code 10mb+}. */
  static LongRange size(String modifier, String value, SearchSemantics.Bounds plus) {
    LongRange.Bound bound = LongRange.Bound.of(value);
    Matcher m = SIZE.matcher(bound.strip(value).toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw SearchException.badRequest(
          "Invalid value '"
              + value
              + "' for modifier '"
              + modifier
              + "': expected an integer with an optional unit b, kb, mb or gb, optionally followed"
              + " by + or -");
    }
    try {
      long bytes = Math.multiplyExact(Long.parseLong(m.group(1)), multiplier(m.group(2)));
      return LongRange.of(bound, bytes, bytes, plus);
    } catch (ArithmeticException e) {
      throw SearchException.badRequest(
          "Invalid value '" + value + "' for modifier '" + modifier + "': the size is too large");
    }
  }

  private static long multiplier(String unit) {
    if (unit == null || unit.equals("b")) {
      return 1L;
    }
    switch (unit) {
      case "kb":
        return 1L << 10;
      case "mb":
        return 1L << 20;
      default:
        return 1L << 30;
    }
  }
}
