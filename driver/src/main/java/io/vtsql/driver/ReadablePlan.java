package io.vtsql.driver;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An EXPLAIN plan as the shell shows it: a batched join's correlation variables ({@code $cor40,
 * ..., $cor59}) and the filter that matches each inner row to one of them are summarised, since
 * they repeat one expression per batch slot and say nothing to a reader.
 */
final class ReadablePlan {
  private static final Pattern VARIABLES =
      Pattern.compile("variablesSet=\\[\\[(\\$cor\\d+(?:, )?)+]]");
  private static final Pattern BATCH_FILTER =
      Pattern.compile("^(\\s*)EnumerableCalc\\(.*\\$cor\\d+.*\\$condition=.*$", Pattern.MULTILINE);

  private ReadablePlan() {}

  static String of(String plan) {
    Matcher variables = VARIABLES.matcher(plan);
    StringBuilder out = new StringBuilder();
    while (variables.find()) {
      long count = variables.group().chars().filter(c -> c == '$').count();
      variables.appendReplacement(out, "variablesSet=[" + count + " parents per batch]");
    }
    variables.appendTail(out);
    return BATCH_FILTER
        .matcher(out)
        .replaceAll("$1EnumerableCalc(keep rows whose parent is in" + " the batch)");
  }
}
