package io.vtsql.simulator.http;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;

/**
 * Reads the date values of list filters ({@code creation_date:2024-01-01+}) as a predicate on epoch
 * seconds. A value is {@code YYYY-MM-DD} (the UTC day), {@code YYYY-MM-DDTHH:MM:SS} (that second)
 * or {@code Nd} (N days before now); bare means within it, {@code +} at or after its first second,
 * {@code -} strictly before its first second (protocol.md §6: {@code -} is documented strict,
 * {@code +} both ways; the inclusive reading is the superset).
 */
final class DateFilter {

  private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern SECOND =
      Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}");
  private static final Pattern RELATIVE = Pattern.compile("[0-9]{1,6}d");
  private static final long DAY_SECONDS = 86_400L;

  private DateFilter() {}

  static LongPredicate parse(String endpoint, String modifier, String value, Clock clock) {
    char last = value.charAt(value.length() - 1);
    char bound = last == '+' || last == '-' ? last : ' ';
    String text = bound == ' ' ? value : value.substring(0, value.length() - 1);
    long first;
    long lastSecond;
    try {
      if (DAY.matcher(text).matches()) {
        first = LocalDate.parse(text).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        lastSecond = first + DAY_SECONDS - 1;
      } else if (SECOND.matcher(text).matches()) {
        first = LocalDateTime.parse(text).toEpochSecond(ZoneOffset.UTC);
        lastSecond = first;
      } else if (RELATIVE.matcher(text).matches()) {
        long days = Long.parseLong(text.substring(0, text.length() - 1));
        first = clock.instant().getEpochSecond() - days * DAY_SECONDS;
        lastSecond = first;
      } else {
        throw invalid(endpoint, modifier, value);
      }
    } catch (DateTimeParseException e) {
      throw invalid(endpoint, modifier, value);
    }
    return switch (bound) {
      case '+' -> t -> t >= first;
      case '-' -> t -> t < first;
      default -> t -> t >= first && t <= lastSecond;
    };
  }

  private static ApiException invalid(String endpoint, String modifier, String value) {
    return FilterTerms.invalid(
        endpoint,
        "invalid date \""
            + value
            + "\" for "
            + modifier
            + ": expected YYYY-MM-DD, YYYY-MM-DDTHH:MM:SS (UTC) or Nd, optionally followed by + or -");
  }
}
