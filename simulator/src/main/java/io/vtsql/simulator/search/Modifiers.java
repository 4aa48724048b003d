package io.vtsql.simulator.search;

import java.util.function.UnaryOperator;

/** Modifier factories shared by the entity catalogues; each documents the comparison it makes. */
final class Modifiers {

  private Modifiers() {}

  /** Integer attribute: {@code n} equal, {@code n-} less, {@code n+} see {@link LongRange#of}. */
  static Modifier integer(String path) {
    return (name, value, context) ->
        Matchers.inRange(path, NumberValues.integer(name, value, context.semantics().bounds()));
  }

  /** Epoch-seconds attribute compared with a date value (see {@link DateValues}). */
  static Modifier date(String path) {
    return (name, value, context) -> Matchers.inRange(path, context.dates().parse(name, value));
  }

  /** Byte-count attribute compared with a size value (see {@link NumberValues#size}). */
  static Modifier size(String path) {
    return (name, value, context) ->
        Matchers.inRange(path, NumberValues.size(name, value, context.semantics().bounds()));
  }

  /** Text attribute matches the value by words or as a substring ({@link SearchSemantics.Text}). */
  static Modifier text(String path) {
    return (name, value, context) -> Matchers.text(path, value, context.semantics().text());
  }

  /**
   * Fuzzy-hash attribute similar to the value ({@link SearchSemantics.Fuzzy}): an identical hash,
   * or under the similarity reading one whose first {@code similarPrefix} characters (ssdeep: its
   * block size and colon) are the same, ignoring case.
   */
  static Modifier fuzzyHash(String path, UnaryOperator<String> similarPrefix) {
    return (name, value, context) ->
        context.semantics().fuzzy() == SearchSemantics.Fuzzy.EXACT
            ? Matchers.equalTo(path, value, false)
            : Matchers.startsWith(path, similarPrefix.apply(value));
  }

  /** Text attribute equals the value, ignoring case (hex digests, country codes, TLDs). */
  static Modifier equalsIgnoringCase(String path) {
    return (name, value, context) -> Matchers.equalTo(path, value, true);
  }

  /** {@code tags} has an element equal to the value, ignoring case. */
  static Modifier tag() {
    return (name, value, context) -> Matchers.hasElement("tags", value);
  }

  /** Some value of the {@code categories} map contains the value, ignoring case. */
  static Modifier category() {
    return (name, value, context) -> Matchers.anyContains("categories", value);
  }

  /** Some {@code last_analysis_results.*.result} contains the value, ignoring case. */
  static Modifier engines() {
    return (name, value, context) -> Matchers.anyEngineResult(value);
  }

  /** {@code last_analysis_stats.malicious} compared as an integer. */
  static Modifier positives() {
    return integer("last_analysis_stats.malicious");
  }
}
