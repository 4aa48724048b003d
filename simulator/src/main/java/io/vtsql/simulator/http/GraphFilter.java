package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.vtsql.simulator.corpus.Corpus;
import io.vtsql.simulator.corpus.gen.GraphData;
import io.vtsql.simulator.search.SearchSemantics;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulator's reading of the {@code filter=} grammar of {@code GET /graphs} (docs: graphs API):
 * space-separated terms, all of which must hold; a value may be double-quoted. Graph modifiers
 * {@code id:}, {@code name:}, {@code owner:}, {@code group:}, {@code visible_to_user:}, {@code
 * private:}, {@code creation_date:}, {@code last_modified_date:} ({@code YYYY-M-D} or {@code
 * YYYY-MM-DDTHH:MM:SS}, UTC), {@code total_nodes:}, {@code comments_count:}, {@code views_count:};
 * node modifiers {@code label:}, {@code file:}, {@code domain:}, {@code ip_address:}, {@code url:}
 * (the URL's id or its text); a term without a modifier is free text found in the name, a label or
 * a node's id. Numbers and dates take {@code +} (read per {@link SearchSemantics.Bounds}) and
 * {@code -} (strictly less); names and labels match per {@link SearchSemantics.Text}. Anything else
 * is a 400 InvalidArgumentError.
 */
final class GraphFilter {

  private static final Pattern DAY = Pattern.compile("([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})");
  private static final Pattern SECOND =
      Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}");
  private static final long DAY_SECONDS = 86_400L;

  private final Corpus corpus;
  private final SearchSemantics semantics;

  GraphFilter(Corpus corpus, SearchSemantics semantics) {
    this.corpus = corpus;
    this.semantics = semantics;
  }

  /** The predicate of a whole {@code filter} value. */
  Predicate<GraphData.Graph> parse(String filter) {
    Predicate<GraphData.Graph> all = g -> true;
    if (filter == null || filter.isBlank()) {
      return all;
    }
    for (String term : terms(filter)) {
      all = all.and(term(term));
    }
    return all;
  }

  private Predicate<GraphData.Graph> term(String term) {
    int colon = term.indexOf(':');
    if (colon <= 0) {
      String text = unquote(term);
      return g ->
          text(name(g), text)
              || nodes(g).stream()
                  .anyMatch(
                      n ->
                          text(n.path("text").asText(), text)
                              || n.path("entity_id").asText().equalsIgnoreCase(text));
    }
    String key = term.substring(0, colon).toLowerCase(Locale.ROOT);
    String value = unquote(term.substring(colon + 1));
    if (value.isEmpty()) {
      throw invalid("Empty value for filter \"" + key + "\"");
    }
    return switch (key) {
      case "id" -> g -> g.id().equals(value);
      case "name" -> g -> text(name(g), value);
      case "owner" -> g -> g.owner().equalsIgnoreCase(value);
      // No demo graph belongs to a group (vx_graph_group_null_1to1.yml shows the usual case).
      case "group" -> g -> false;
      case "visible_to_user" -> g -> g.visibleTo(value);
      case "private" -> {
        if (!value.equals("true") && !value.equals("false")) {
          throw invalid("Invalid value \"" + value + "\" for filter \"private\"");
        }
        boolean wanted = value.equals("true");
        yield g -> g.isPrivate() == wanted;
      }
      case "creation_date", "last_modified_date" -> date(key, value);
      case "total_nodes" -> number(key, value, g -> (long) nodes(g).size());
      case "comments_count", "views_count" ->
          number(key, value, g -> attributes(g).path(key).asLong());
      case "label" -> g -> nodes(g).stream().anyMatch(n -> text(n.path("text").asText(), value));
      case "file", "domain", "ip_address" ->
          g ->
              nodes(g).stream()
                  .anyMatch(
                      n ->
                          n.path("type").asText().equals(key)
                              && n.path("entity_id").asText().equalsIgnoreCase(value));
      case "url" -> g -> nodes(g).stream().anyMatch(n -> isUrl(n, value));
      default -> throw invalid("Invalid filter \"" + key + "\"");
    };
  }

  private boolean isUrl(JsonNode node, String value) {
    if (!node.path("type").asText().equals("url")) {
      return false;
    }
    String id = node.path("entity_id").asText();
    return id.equalsIgnoreCase(value)
        || corpus
            .find("url", id)
            .map(u -> u.path("attributes").path("url").asText().equals(value))
            .orElse(false);
  }

  private Predicate<GraphData.Graph> number(
      String key, String value, java.util.function.ToLongFunction<GraphData.Graph> of) {
    char bound = bound(value);
    String digits = bound == ' ' ? value : value.substring(0, value.length() - 1);
    if (!digits.matches("[0-9]{1,18}")) {
      throw invalid("Invalid number \"" + value + "\" for filter \"" + key + "\"");
    }
    long n = Long.parseLong(digits);
    return switch (bound) {
      case '+' ->
          semantics.bounds() == SearchSemantics.Bounds.STRICT
              ? g -> of.applyAsLong(g) > n
              : g -> of.applyAsLong(g) >= n;
      case '-' -> g -> of.applyAsLong(g) < n;
      default -> g -> of.applyAsLong(g) == n;
    };
  }

  private Predicate<GraphData.Graph> date(String key, String value) {
    char bound = bound(value);
    String text = bound == ' ' ? value : value.substring(0, value.length() - 1);
    long first;
    long last;
    try {
      Matcher day = DAY.matcher(text);
      if (day.matches()) {
        first =
            LocalDate.of(
                    Integer.parseInt(day.group(1)),
                    Integer.parseInt(day.group(2)),
                    Integer.parseInt(day.group(3)))
                .atStartOfDay()
                .toEpochSecond(ZoneOffset.UTC);
        last = first + DAY_SECONDS - 1;
      } else if (SECOND.matcher(text).matches()) {
        first = LocalDateTime.parse(text).toEpochSecond(ZoneOffset.UTC);
        last = first;
      } else {
        throw invalid("Invalid date \"" + value + "\" for filter \"" + key + "\"");
      }
    } catch (DateTimeException e) {
      throw invalid("Invalid date \"" + value + "\" for filter \"" + key + "\"");
    }
    long lo =
        bound == '-'
            ? Long.MIN_VALUE
            : bound == '+'
                ? (semantics.bounds() == SearchSemantics.Bounds.STRICT ? last + 1 : first)
                : first;
    long hi = bound == '-' ? first - 1 : bound == '+' ? Long.MAX_VALUE : last;
    return g -> {
      JsonNode v = attributes(g).path(key);
      return v.canConvertToLong() && v.asLong() >= lo && v.asLong() <= hi;
    };
  }

  /** Whether {@code value} matches {@code field} under the configured text reading. */
  private boolean text(String field, String value) {
    if (semantics.text() == SearchSemantics.Text.SUBSTRING) {
      return field.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
    }
    List<String> wanted = words(value);
    return !wanted.isEmpty() && Collections.indexOfSubList(words(field), wanted) >= 0;
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{Alnum}]+"))
        .filter(w -> !w.isEmpty())
        .toList();
  }

  private static JsonNode attributes(GraphData.Graph g) {
    return g.object().path("attributes");
  }

  private static String name(GraphData.Graph g) {
    return attributes(g).path("graph_data").path("description").asText();
  }

  private static List<JsonNode> nodes(GraphData.Graph g) {
    List<JsonNode> list = new ArrayList<>();
    attributes(g).path("nodes").forEach(list::add);
    return list;
  }

  private static char bound(String value) {
    char last = value.charAt(value.length() - 1);
    return last == '+' || last == '-' ? last : ' ';
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
