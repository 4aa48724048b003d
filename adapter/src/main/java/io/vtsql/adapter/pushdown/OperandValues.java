package io.vtsql.adapter.pushdown;

import io.vtsql.adapter.catalog.Privilege;
import io.vtsql.client.VtTier;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses the text of one connection property (schema operand) into its value; every error names the
 * property, the value and what is allowed. Durations accept simple units ({@code 500ms}, {@code
 * 30s}, {@code 10m}, {@code 2h}, {@code 1d}; a bare number is seconds) and ISO-8601 ({@code
 * PT10M}); rates are {@code N/duration} ({@code 4/1m}, {@code 4/min}, {@code 100/s}) or {@code
 * 0}/{@code off}/{@code unlimited}; sizes are bytes with an optional binary unit ({@code 65536},
 * {@code 512k}, {@code 64m}, {@code 1g}, {@code 64mb}).
 */
public final class OperandValues {
  private static final Pattern SIMPLE_DURATION =
      Pattern.compile("([0-9]+)\\s*(ms|s|sec|m|min|h|d)?");
  private static final Pattern SIZE = Pattern.compile("([0-9]+)\\s*([kmg]?)b?");
  private static final Pattern RATE = Pattern.compile("([0-9]+)\\s*/\\s*(.+)");

  private OperandValues() {}

  /** A rate: requests per window; {@code requests == 0} means unlimited. */
  public record Rate(int requests, Duration window) {}

  public static boolean bool(String name, String v) {
    switch (v.toLowerCase(Locale.ROOT)) {
      case "true":
      case "on":
      case "yes":
        return true;
      case "false":
      case "off":
      case "no":
        return false;
      default:
        throw invalid(name, v, "true/on or false/off");
    }
  }

  public static int positiveInt(String name, String v) {
    final long n = nonNegativeLong(name, v, "a positive integer");
    if (n < 1 || n > Integer.MAX_VALUE) {
      throw invalid(name, v, "a positive integer");
    }
    return (int) n;
  }

  /** A count where 0 means unlimited. */
  static long nonNegativeLong(String name, String v, String allowed) {
    try {
      final long n = Long.parseLong(v);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below with the property name
    }
    throw invalid(name, v, allowed);
  }

  /** A positive size in bytes: a bare number, or with k/m/g (powers of 1024). */
  public static long bytes(String name, String v) {
    final Matcher m = SIZE.matcher(v.toLowerCase(Locale.ROOT));
    if (m.matches()) {
      final int shift = m.group(2).isEmpty() ? 0 : 10 * (1 + "kmg".indexOf(m.group(2)));
      try {
        final long n = Long.parseLong(m.group(1));
        if (n > 0 && n <= Long.MAX_VALUE >> shift) {
          return n << shift;
        }
      } catch (NumberFormatException e) {
        // reported below with the property name
      }
    }
    throw invalid(name, v, "a positive size in bytes such as 1048576, 512k, 64m or 1g");
  }

  public static Duration duration(String name, String v) {
    final Duration d = parseDuration(v);
    if (d == null || d.isNegative() || d.isZero()) {
      throw invalid(
          name,
          v,
          "a positive duration such as 500ms, 30s, 10m, 2h, 1d (a bare number is seconds)"
              + " or ISO-8601 such as PT10M");
    }
    return d;
  }

  public static Rate rate(String name, String v) {
    final String s = v.toLowerCase(Locale.ROOT);
    if (s.equals("0") || s.equals("off") || s.equals("unlimited") || s.equals("none")) {
      return new Rate(0, Duration.ofMinutes(1));
    }
    final Matcher m = RATE.matcher(s);
    if (m.matches()) {
      final String unit = m.group(2).strip();
      // "4/min" and "4/s" mean one unit; "4/1m" and "4/PT1M" are explicit durations
      final Duration window =
          parseDuration(
              Character.isDigit(unit.charAt(0)) || unit.startsWith("pt") ? unit : "1" + unit);
      try {
        final int n = Integer.parseInt(m.group(1));
        if (window != null && !window.isNegative() && !window.isZero()) {
          return new Rate(n, window);
        }
      } catch (NumberFormatException e) {
        // reported below with the property name
      }
    }
    throw invalid(
        name, v, "requests/window such as 4/1m, 4/min, 100/1s, 1000/PT1H," + " or 0/off/unlimited");
  }

  /**
   * The add-on licences a {@code licences} setting lists: {@code none}, {@code all}, or names such
   * as {@code livehunt,retrohunt} (see {@link Privilege#settingName()}).
   */
  public static Set<Privilege> licences(String name, String v) {
    final String text = v.trim().toLowerCase(Locale.ROOT);
    if (text.equals("none")) {
      return EnumSet.noneOf(Privilege.class);
    }
    final Set<Privilege> addOns =
        Arrays.stream(Privilege.values()).filter(Privilege::addOn).collect(Collectors.toSet());
    if (text.equals("all")) {
      return addOns;
    }
    final Set<Privilege> chosen = EnumSet.noneOf(Privilege.class);
    for (String part : text.split(",")) {
      final Optional<Privilege> match =
          addOns.stream().filter(p -> p.settingName().equals(part.trim())).findFirst();
      if (match.isEmpty()) {
        throw invalid(
            name,
            v,
            "none, all, or a comma-separated list of "
                + addOns.stream()
                    .map(Privilege::settingName)
                    .sorted()
                    .collect(Collectors.joining(", ")));
      }
      chosen.add(match.get());
    }
    return chosen;
  }

  /**
   * The client tier a {@code tier} setting names; {@code auto} never gets here ({@link
   * ClientOperands#autoTier()}), but the message lists it among the accepted values.
   */
  public static VtTier tier(String name, String v) {
    switch (v.toLowerCase(Locale.ROOT)) {
      case "public":
        return VtTier.PUBLIC;
      case "premium":
        return VtTier.PREMIUM;
      default:
        throw invalid(name, v, "public, premium or auto");
    }
  }

  /** Null when the text is no duration. */
  private static Duration parseDuration(String v) {
    final String s = v.strip().toLowerCase(Locale.ROOT);
    final Matcher m = SIMPLE_DURATION.matcher(s);
    try {
      if (m.matches()) {
        final long n = Long.parseLong(m.group(1));
        final String unit = m.group(2) == null ? "s" : m.group(2);
        switch (unit) {
          case "ms":
            return Duration.ofMillis(n);
          case "s":
          case "sec":
            return Duration.ofSeconds(n);
          case "m":
          case "min":
            return Duration.ofMinutes(n);
          case "h":
            return Duration.ofHours(n);
          default:
            return Duration.ofDays(n);
        }
      }
      return Duration.parse(s.toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
      return null;
    }
  }

  static IllegalArgumentException invalid(String name, String v, String allowed) {
    return new IllegalArgumentException(
        "vt connection property " + name + "='" + v + "' is invalid: expected " + allowed);
  }
}
