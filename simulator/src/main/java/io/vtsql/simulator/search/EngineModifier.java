package io.vtsql.simulator.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A per-engine file modifier such as {@code kaspersky:} or {@code ahnlab_v3:}: the engine name
 * lower-cased with every non-alphanumeric character replaced by {@code _}. {@code engine:X}
 * matches files where that engine's {@code last_analysis_results} entry has a {@code result}
 * containing X, ignoring case. A name is an engine modifier only if some file in the corpus has
 * an engine with that normalised name.
 */
final class EngineModifier implements Modifier {

  private static final String[] RESULTS = Attributes.path("last_analysis_results");

  private final String modifier;

  private EngineModifier(String modifier) {
    this.modifier = Objects.requireNonNull(modifier, "modifier");
  }

  /** The engine modifier {@code name}, or null when no file in the corpus has such an engine. */
  static Modifier find(String name, SearchContext context) {
    // Engine sets are nearly identical across objects, so a known engine is found at once; only
    // an unknown name pays for a full scan, and that scan ends in an error anyway.
    for (ObjectNode file : context.corpus().all("file")) {
      Iterator<String> engines = Attributes.get(file, RESULTS).fieldNames();
      while (engines.hasNext()) {
        if (normalisedEquals(engines.next(), name)) {
          return new EngineModifier(name);
        }
      }
    }
    return null;
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

  /** Whether normalising {@code engine} gives {@code modifier}, without allocating. */
  static boolean normalisedEquals(String engine, String modifier) {
    if (engine.length() != modifier.length()) {
      return false;
    }
    for (int i = 0; i < engine.length(); i++) {
      char c = engine.charAt(i);
      char normalised = c < 128 && Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : '_';
      if (normalised != modifier.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
