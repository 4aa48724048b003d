package io.vtsql.simulator.http;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a list endpoint's {@code filter=} into its ANDed {@code modifier:value} terms: terms are
 * separated by spaces, a value may be double-quoted to hold spaces ({@code origin:"Google Threat
 * Intelligence"}). Anything else is a 400 InvalidArgumentError naming the endpoint.
 */
final class FilterTerms {

  /** One term; the value is unquoted. */
  record Term(String modifier, String value) {}

  private FilterTerms() {}

  static List<Term> parse(String filter, String endpoint) {
    List<Term> terms = new ArrayList<>();
    if (filter == null) {
      return terms;
    }
    int i = 0;
    int n = filter.length();
    while (i < n) {
      if (Character.isWhitespace(filter.charAt(i))) {
        i++;
        continue;
      }
      int colon = filter.indexOf(':', i);
      int space = nextSpace(filter, i);
      if (colon < 0 || colon > space || colon == i) {
        throw invalid(
            endpoint,
            "term \"" + filter.substring(i, space) + "\" is not of the form modifier:value");
      }
      String modifier = filter.substring(i, colon).toLowerCase(java.util.Locale.ROOT);
      int start = colon + 1;
      String value;
      if (start < n && filter.charAt(start) == '"') {
        int close = filter.indexOf('"', start + 1);
        if (close < 0) {
          throw invalid(endpoint, "unterminated quote after " + modifier + ":");
        }
        value = filter.substring(start + 1, close);
        i = close + 1;
      } else {
        int end = nextSpace(filter, start);
        value = filter.substring(start, end);
        i = end;
      }
      if (value.isEmpty()) {
        throw invalid(endpoint, "modifier " + modifier + ": has no value");
      }
      terms.add(new Term(modifier, value));
    }
    return terms;
  }

  static ApiException invalid(String endpoint, String detail) {
    return new ApiException(
        400, "InvalidArgumentError", "Invalid filter for " + endpoint + ": " + detail);
  }

  private static int nextSpace(String s, int from) {
    int i = from;
    while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
