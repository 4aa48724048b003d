package io.vtsql.simulator.search;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Parses date values with their optional bound suffix into a {@link LongRange} of epoch seconds.
 *
 * <ul>
 *   <li>{@code YYYY-MM-DD}: the whole UTC day, {@code [00:00:00, 23:59:59]}; so {@code -} means
 *       before that day and {@code +} after it (strict reading) or from its start (inclusive
 *       reading, see {@link LongRange#of}).
 *   <li>{@code YYYY-MM-DDTHH:MM:SS} (UTC): that one second.
 *   <li>{@code Nd}: the instant N×86400 seconds before now (truncated to the second); {@code 7d+}
 *       means within the last 7 days, {@code 7d-} more than 7 days ago.
 * </ul>
 */
final class DateValues {

  private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern SECOND =
      Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}");
  private static final Pattern RELATIVE = Pattern.compile("[0-9]{1,6}d");
  private static final long DAY_SECONDS = 86_400L;

  private final Clock clock;
  private final SearchSemantics.Bounds plus;

  /** Date parsing relative to {@code clock}'s now, with {@code +} read as {@code plus} says. */
  DateValues(Clock clock, SearchSemantics.Bounds plus) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.plus = Objects.requireNonNull(plus, "plus");
  }

  /** The epoch-second range of a date value. */
  LongRange parse(String modifier, String value) {
    LongRange.Bound bound = LongRange.Bound.of(value);
    String text = bound.strip(value);
    try {
      if (DAY.matcher(text).matches()) {
        long start = LocalDate.parse(text).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        return LongRange.of(bound, start, start + DAY_SECONDS - 1, plus);
      }
      if (SECOND.matcher(text).matches()) {
        long second = LocalDateTime.parse(text).toEpochSecond(ZoneOffset.UTC);
        return LongRange.of(bound, second, second, plus);
      }
    } catch (DateTimeParseException e) {
      throw invalid(modifier, value);
    }
    if (RELATIVE.matcher(text).matches()) {
      long days = Long.parseLong(text.substring(0, text.length() - 1));
      long instant = clock.instant().getEpochSecond() - days * DAY_SECONDS;
      return LongRange.of(bound, instant, instant, plus);
    }
    throw invalid(modifier, value);
  }

  private static SearchException invalid(String modifier, String value) {
    return SearchException.badRequest(
        "Invalid date '"
            + value
            + "' for modifier '"
            + modifier
            + "': expected YYYY-MM-DD, YYYY-MM-DDTHH:MM:SS (UTC) or a relative Nd, optionally"
            + " followed by + or -");
  }
}
