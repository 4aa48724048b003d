package io.vtsql.simulator.search;

/**
 * A closed interval {@code [lo, hi]} of longs: the meaning of a numeric, size or date value.
 *
 * @param lo smallest matching value, inclusive
 * @param hi largest matching value, inclusive
 */
record LongRange(long lo, long hi) {

  /** Whether {@code value} lies in the interval. */
  boolean contains(long value) {
    return value >= lo && value <= hi;
  }

  /**
   * The range a bound suffix turns {@code [start, end]} into: {@code -} keeps everything before
   * {@code start} (strictly less, as documented); {@code +} everything after {@code end} under the
   * strict reading of {@code +}, or from {@code start} up under the inclusive one; no suffix the
   * interval itself.
   */
  static LongRange of(Bound bound, long start, long end, SearchSemantics.Bounds plus) {
    switch (bound) {
      case AT_LEAST:
        return plus == SearchSemantics.Bounds.STRICT
            ? new LongRange(end == Long.MAX_VALUE ? end : end + 1, Long.MAX_VALUE)
            : new LongRange(start, Long.MAX_VALUE);
      case AT_MOST:
        return new LongRange(Long.MIN_VALUE, start - 1);
      default:
        return new LongRange(start, end);
    }
  }

  /** The suffix of a numeric or date value. */
  enum Bound {
    EXACT,
    AT_LEAST,
    AT_MOST;

    /** The bound a value ends with ({@code +}, {@code -} or none). */
    static Bound of(String value) {
      if (value.endsWith("+")) {
        return AT_LEAST;
      }
      return value.endsWith("-") ? AT_MOST : EXACT;
    }

    /** {@code value} without its bound suffix. */
    String strip(String value) {
      return this == EXACT ? value : value.substring(0, value.length() - 1);
    }
  }
}
