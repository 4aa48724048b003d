package io.vtsql.simulator.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The {@code entity:file} modifiers (attribute names from protocol.md §9.2). Per-engine modifiers
 * are resolved separately by {@link EngineModifier}.
 */
final class FileModifiers {

  /** Modifier name to modifier. */
  static final Map<String, Modifier> ALL =
      Map.ofEntries(
          Map.entry("type", new TypeModifier()),
          Map.entry("p", Modifiers.positives()),
          Map.entry("positives", Modifiers.positives()),
          Map.entry("size", Modifiers.size("size")),
          Map.entry("fs", Modifiers.date("first_submission_date")),
          Map.entry("ls", Modifiers.date("last_submission_date")),
          Map.entry("la", Modifiers.date("last_analysis_date")),
          Map.entry("tag", Modifiers.tag()),
          Map.entry("name", FileModifiers::name),
          Map.entry("submissions", Modifiers.integer("times_submitted")),
          Map.entry("sources", Modifiers.integer("unique_sources")),
          Map.entry("md5", Modifiers.equalsIgnoringCase("md5")),
          Map.entry("sha1", Modifiers.equalsIgnoringCase("sha1")),
          Map.entry("sha256", Modifiers.equalsIgnoringCase("sha256")),
          Map.entry("imphash", Modifiers.equalsIgnoringCase("pe_info.imphash")),
          Map.entry("authentihash", Modifiers.equalsIgnoringCase("authentihash")),
          Map.entry("vhash", Modifiers.equalsIgnoringCase("vhash")),
          Map.entry(
              "tlsh", Modifiers.fuzzyHash("tlsh", v -> v.substring(0, Math.min(8, v.length())))),
          Map.entry(
              "ssdeep", Modifiers.fuzzyHash("ssdeep", v -> v.substring(0, v.indexOf(':') + 1))),
          Map.entry("engines", Modifiers.engines()));

  private FileModifiers() {}

  /**
   * {@code name:X}: some element of {@code names}, or {@code meaningful_name}, matches X as text.
   */
  private static Predicate<ObjectNode> name(String name, String value, SearchContext context) {
    SearchSemantics.Text reading = context.semantics().text();
    return Matchers.text("names", value, reading)
        .or(Matchers.text("meaningful_name", value, reading));
  }
}
