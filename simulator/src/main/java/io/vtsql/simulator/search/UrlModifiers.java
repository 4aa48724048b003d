package io.vtsql.simulator.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/** The {@code entity:url} modifiers (attribute names from protocol.md §9.3). */
final class UrlModifiers {

  private static final String[] URL = Attributes.path("url");

  /** Modifier name to modifier. */
  static final Map<String, Modifier> ALL =
      Map.ofEntries(
          Map.entry("url", Modifiers.text("url")),
          Map.entry(
              "hostname",
              (name, value, context) ->
                  onPart(UrlParts::host, Matchers.textMatch(value, context.semantics().text()))),
          Map.entry("domain", UrlModifiers::domain),
          Map.entry(
              "path",
              (name, value, context) ->
                  onPart(UrlParts::path, Matchers.textMatch(value, context.semantics().text()))),
          Map.entry("p", Modifiers.positives()),
          Map.entry("positives", Modifiers.positives()),
          Map.entry("fs", Modifiers.date("first_submission_date")),
          Map.entry("ls", Modifiers.date("last_submission_date")),
          Map.entry("la", Modifiers.date("last_analysis_date")),
          Map.entry("response_code", Modifiers.integer("last_http_response_code")),
          Map.entry("title", Modifiers.text("title")),
          Map.entry("tag", Modifiers.tag()),
          Map.entry("engines", Modifiers.engines()),
          Map.entry("category", Modifiers.category()));

  private UrlModifiers() {}

  /** {@code domain:X}: the URL's host is X or a subdomain of X (ignoring case). */
  private static Predicate<ObjectNode> domain(String name, String value, SearchContext context) {
    String domain = value.toLowerCase(Locale.ROOT);
    String suffix = "." + domain;
    return onPart(UrlParts::host, host -> host.equals(domain) || host.endsWith(suffix));
  }

  private static Predicate<ObjectNode> onPart(
      Function<String, String> part, Predicate<String> test) {
    return object -> {
      JsonNode url = Attributes.get(object, URL);
      return url.isTextual() && test.test(part.apply(url.asText()));
    };
  }
}
