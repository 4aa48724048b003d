package io.vtsql.simulator.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A per-engine file modifier such as {@code kaspersky:} or {@code ahnlab_v3:}: the engine name
 * lower-cased with every non-alphanumeric character replaced by {@code _}. {@code engine:X} matches
 * files where that engine's {@code last_analysis_results} entry has a {@code result} containing X,
 * ignoring case. A name is an engine modifier only if some file in the corpus has an engine with
 * that normalised name (detected or not).
 */
final class EngineModifier implements Modifier {

  private static final String[] RESULTS = Attributes.path("last_analysis_results");

  private final String modifier;

  private EngineModifier(String modifier) {
    this.modifier = Objects.requireNonNull(modifier, "modifier");
  }

  /** The engine modifier {@code name}, or null when no searched object has such an engine. */
  static Modifier find(String name, SearchContext context) {
    return context.engineNames().contains(name) ? new EngineModifier(name) : null;
  }

  /** The modifier name of an engine: lower case, every non-alphanumeric character as {@code _}. */
  static String normalise(String engine) {
    StringBuilder name = new StringBuilder(engine.length());
    for (int i = 0; i < engine.length(); i++) {
      name.append(normalised(engine.charAt(i)));
    }
    return name.toString();
  }

  @Override
  public Predicate<ObjectNode> compile(String name, String value, SearchContext context) {
    return object -> {
      Iterator<Map.Entry<String, JsonNode>> engines = Attributes.get(object, RESULTS).fields();
      while (engines.hasNext()) {
        Map.Entry<String, JsonNode> engine = engines.next();
        if (normalisedEquals(engine.getKey(), modifier)
            && Matchers.textContains(engine.getValue().get("result"), value)) {
          return true;
        }
      }
      return false;
    };
  }

  private static char normalised(char c) {
    return c < 128 && Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : '_';
  }

  /** Whether normalising {@code engine} gives {@code modifier}, without allocating. */
  private static boolean normalisedEquals(String engine, String modifier) {
    if (engine.length() != modifier.length()) {
      return false;
    }
    for (int i = 0; i < engine.length(); i++) {
      if (normalised(engine.charAt(i)) != modifier.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
