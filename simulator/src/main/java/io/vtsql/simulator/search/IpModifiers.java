package io.vtsql.simulator.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.Predicate;

/** The {@code entity:ip} modifiers (attribute names from protocol.md §9.5). */
final class IpModifiers {

  /** Modifier name to modifier. */
  static final Map<String, Modifier> ALL =
      Map.ofEntries(
          Map.entry("ip", IpModifiers::ip),
          Map.entry("asn", Modifiers.integer("asn")),
          Map.entry("aso", Modifiers.text("as_owner")),
          Map.entry("autonomous_system_owner", Modifiers.text("as_owner")),
          Map.entry("country", Modifiers.equalsIgnoringCase("country")),
          Map.entry("p", Modifiers.positives()),
          Map.entry("positives", Modifiers.positives()),
          Map.entry("tag", Modifiers.tag()));

  private IpModifiers() {}

  /** {@code ip:X}: the object id is the address X or lies in the CIDR block X. */
  private static Predicate<ObjectNode> ip(String name, String value, SearchContext context) {
    Predicate<String> match = IpMatch.parse(name, value);
    return object -> match.test(object.path("id").asText());
  }
}
