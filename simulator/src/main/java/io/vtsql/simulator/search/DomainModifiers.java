package io.vtsql.simulator.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.Predicate;

/** The {@code entity:domain} modifiers (attribute names from protocol.md §9.4). */
final class DomainModifiers {

  /** Modifier name to modifier. */
  static final Map<String, Modifier> ALL =
      Map.ofEntries(
          Map.entry("domain", DomainModifiers::domain),
          Map.entry("tld", Modifiers.equalsIgnoringCase("tld")),
          Map.entry("registrar", Modifiers.text("registrar")),
          Map.entry("creation_date", Modifiers.date("creation_date")),
          Map.entry("last_update_date", Modifiers.date("last_update_date")),
          Map.entry("lastupdate", Modifiers.date("last_update_date")),
          Map.entry("p", Modifiers.positives()),
          Map.entry("positives", Modifiers.positives()),
          Map.entry("tag", Modifiers.tag()),
          Map.entry("category", Modifiers.category()),
          Map.entry("whois", Modifiers.text("whois")),
          Map.entry("resolves_to", new ResolutionModifier()),
          Map.entry("ip", new ResolutionModifier()));

  private DomainModifiers() {}

  /** {@code domain:X}: the domain name (the object id) matches X by the text reading. */
  private static Predicate<ObjectNode> domain(String name, String value, SearchContext context) {
    Predicate<String> match = Matchers.textMatch(value, context.semantics().text());
    return object -> match.test(object.path("id").asText());
  }
}
