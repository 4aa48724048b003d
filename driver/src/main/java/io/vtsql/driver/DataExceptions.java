package io.vtsql.driver;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.runtime.CalciteContextException;

/**
 * Recognises a value that SQL cannot compute (division by zero, a number out of range, text that is
 * no number, ...) among what a statement threw, and names it as SQL's data exceptions (class 22)
 * with a one-line message instead of the Java exception Calcite's generated code let escape.
 */
final class DataExceptions {
  private static final String DIVISION_BY_ZERO = "22012";
  private static final String OUT_OF_RANGE = "22003";
  private static final String INVALID_CAST = "22018";
  private static final String DATA = "22000";

  /**
   * Calcite's runtime functions; other failures they raise ({@code Invalid DATE value, 'x'}, {@code
   * Substring error: ...}, JSON that does not parse) are data exceptions too.
   */
  private static final List<String> RUNTIME_FUNCTIONS =
      List.of(
          "org.apache.calcite.runtime.SqlFunctions",
          "org.apache.calcite.runtime.JsonFunctions",
          "org.apache.calcite.avatica.util.DateTimeUtils");

  /** The class name some runtime functions put before their cause's message. */
  private static final Pattern CLASS_NAME =
      Pattern.compile("^((?:[a-z_][\\w$]*\\.)+[A-Z][\\w$]*: )+");

  /** Java's message for text that is not a number, e.g. {@code For input string: "abc"}. */
  private static final Pattern NOT_A_NUMBER = Pattern.compile("^For input string: \"(.*)\"");

  private DataExceptions() {}

  /** The data exception in the failure's cause chain, or null if it holds none. */
  static SQLException find(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      Data data = of(t);
      if (data != null) {
        return new SQLException(SqlErrors.firstLine(data.message()), data.state(), failure);
      }
    }
    return null;
  }

  private static Data of(Throwable t) {
    String message = t.getMessage() == null ? "" : t.getMessage();
    if (t instanceof ArithmeticException) {
      return message.equals("/ by zero")
              || message.startsWith("Division by zero")
              || message.equals("Division undefined")
          ? new Data("Division by zero", DIVISION_BY_ZERO)
          : new Data("Numeric value out of range: " + message, OUT_OF_RANGE);
    }
    if (t instanceof NumberFormatException) {
      Matcher quoted = NOT_A_NUMBER.matcher(message);
      String value = quoted.find() ? "'" + quoted.group(1) + "'" : message;
      return new Data("Invalid character value for cast to a number: " + value, INVALID_CAST);
    }
    if (t instanceof RuntimeException
        && !(t instanceof CalciteContextException)
        && thrownByRuntimeFunction(t)) {
      return new Data(CLASS_NAME.matcher(message).replaceFirst(""), DATA);
    }
    return null;
  }

  /** The message and SQLState of a data exception. */
  private record Data(String message, String state) {}

  private static boolean thrownByRuntimeFunction(Throwable t) {
    return Arrays.stream(t.getStackTrace())
        .anyMatch(frame -> RUNTIME_FUNCTIONS.contains(frame.getClassName()));
  }
}
