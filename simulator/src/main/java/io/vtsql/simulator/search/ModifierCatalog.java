package io.vtsql.simulator.search;

import java.util.Map;

/** Looks up the modifiers each entity supports. */
final class ModifierCatalog {

  private ModifierCatalog() {}

  /** The modifier {@code name} of {@code entity}, or null when the entity has no such modifier. */
  static Modifier find(Entity entity, String name, SearchContext context) {
    Modifier modifier = table(entity).get(name);
    if (modifier == null && entity == Entity.FILE) {
      return EngineModifier.find(name, context);
    }
    return modifier;
  }

  private static Map<String, Modifier> table(Entity entity) {
    switch (entity) {
      case URL:
        return UrlModifiers.ALL;
      case DOMAIN:
        return DomainModifiers.ALL;
      case IP:
        return IpModifiers.ALL;
      default:
        return FileModifiers.ALL;
    }
  }
}
