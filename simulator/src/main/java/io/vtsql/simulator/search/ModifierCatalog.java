package io.vtsql.simulator.search;

/** Looks up the modifiers each entity supports. */
final class ModifierCatalog {

  private ModifierCatalog() {
  }

  /** The modifier {@code name} of {@code entity}, or null when the entity has no such modifier. */
  static Modifier find(Entity entity, String name, SearchContext context) {
    return null;
  }
}
