package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.vtsql.simulator.search.SearchSemantics;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The {@code filter=} grammar of {@code GET /yara_rules} (docs: list-crowdsourced-yara-rules):
 * space-separated terms, all of which must hold. {@code name:w} and a bare {@code w} match rules
 * having every word of {@code w} as a whole word of their name or of one meta value (words are
 * delimited by non-alphanumerics, compared case-insensitively); {@code author:} matches whole words
 * of the author; {@code tag:} and {@code threat_category:} one element exactly (ignoring case);
 * {@code enabled:true|false}; the three dates take epoch seconds or {@code YYYY-MM-DD} with {@code
 * +} (after; or from, under the inclusive reading) and {@code -} (strictly before).
 */
final class YaraRuleFilter {

  private static final Set<String> DATES =
      Set.of("creation_date", "included_date", "last_modification_date");
  private static final long DAY = 86_400L;

  private YaraRuleFilter() {}

  /** The predicate of a whole {@code filter} value; 400 InvalidArgumentError when malformed. */
  static Predicate<JsonNode> parse(String filter, SearchSemantics.Bounds plus) {
    Predicate<JsonNode> all = a -> true;
    if (filter == null) {
      return all;
    }
    for (String term : terms(filter)) {
      all = all.and(term(term, plus));
    }
    return all;
  }

  private static Predicate<JsonNode> term(String term, SearchSemantics.Bounds plus) {
    int colon = term.indexOf(':');
    if (colon < 0) {
      return words("name", term);
    }
    String key = term.substring(0, colon).toLowerCase(Locale.ROOT);
    String value = unquote(term.substring(colon + 1));
    if (value.isEmpty()) {
      throw invalid("Empty value for filter \"" + key + "\"");
    }
    if (DATES.contains(key)) {
      return date(key, value, plus);
    }
    return switch (key) {
      case "name" -> words("name", value);
      case "author" -> a -> wordsOf(a.path("author").asText()).containsAll(wordsOf(value));
      case "tag" -> element("tags", value);
      case "threat_category" -> element("threat_categories", value);
      case "enabled" -> {
        if (!value.equals("true") && !value.equals("false")) {
          throw invalid("Invalid value \"" + value + "\" for filter \"enabled\"");
        }
        boolean wanted = value.equals("true");
        yield a -> a.path("enabled").asBoolean() == wanted;
      }
      default -> throw invalid("Invalid filter \"" + key + "\"");
    };
  }

  private static Predicate<JsonNode> words(String field, String value) {
    Set<String> wanted = wordsOf(unquote(value));
    return a -> {
      if (wordsOf(a.path(field).asText()).containsAll(wanted)) {
        return true;
      }
      for (JsonNode meta : a.path("meta")) {
        if (wordsOf(meta.path("value").asText()).containsAll(wanted)) {
          return true;
        }
      }
      return false;
    };
  }

  private static Predicate<JsonNode> element(String field, String value) {
    return a -> {
      for (JsonNode item : a.path(field)) {
        if (item.asText().equalsIgnoreCase(value)) {
          return true;
        }
      }
      return false;
    };
  }

  private static Predicate<JsonNode> date(String key, String value, SearchSemantics.Bounds plus) {
    char suffix = value.charAt(value.length() - 1);
    String text = suffix == '+' || suffix == '-' ? value.substring(0, value.length() - 1) : value;
    long start;
    long end;
    try {
      if (text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        start = LocalDate.parse(text).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        end = start + DAY - 1;
      } else if (text.matches("[0-9]{1,12}")) {
        start = Long.parseLong(text);
        end = start;
      } else {
        throw invalid("Invalid date \"" + value + "\" for filter \"" + key + "\"");
      }
    } catch (DateTimeParseException e) {
      throw invalid("Invalid date \"" + value + "\" for filter \"" + key + "\"");
    }
    long lo =
        suffix == '-'
            ? Long.MIN_VALUE
            : suffix == '+' ? (plus == SearchSemantics.Bounds.STRICT ? end + 1 : start) : start;
    long hi = suffix == '-' ? start - 1 : suffix == '+' ? Long.MAX_VALUE : end;
    return a -> {
      JsonNode v = a.path(key);
      return v.canConvertToLong() && v.asLong() >= lo && v.asLong() <= hi;
    };
  }

  /** Lower-case words of {@code text}, delimited by non-alphanumeric characters. */
  static Set<String> wordsOf(String text) {
    Set<String> words = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{Alnum}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /** Terms split on whitespace outside double quotes. */
  private static List<String> terms(String filter) {
    List<String> terms = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (char c : filter.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
        current.append(c);
      } else if (Character.isWhitespace(c) && !quoted) {
        if (current.length() > 0) {
          terms.add(current.toString());
          current.setLength(0);
        }
      } else {
        current.append(c);
      }
    }
    if (quoted) {
      throw invalid("Unbalanced quotes in filter");
    }
    if (current.length() > 0) {
      terms.add(current.toString());
    }
    return terms;
  }

  private static String unquote(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }

  static ApiException invalid(String message) {
    return new ApiException(400, "InvalidArgumentError", message);
  }
}
