package io.vtsql.simulator.search;

/**
 * Modifier factories shared by the entity catalogues; each documents the comparison it makes.
 */
final class Modifiers {

  private Modifiers() {
  }

  /** Integer attribute: {@code n} equal, {@code n+} at least, {@code n-} at most. */
  static Modifier integer(String path) {
    return (name, value, context) -> Matchers.inRange(path, NumberValues.integer(name, value));
  }

  /** Epoch-seconds attribute compared with a date value (see {@link DateValues}). */
  static Modifier date(String path) {
    return (name, value, context) -> Matchers.inRange(path, context.dates().parse(name, value));
  }

  /** Byte-count attribute compared with a size value (see {@link NumberValues#size}). */
  static Modifier size(String path) {
    return (name, value, context) -> Matchers.inRange(path, NumberValues.size(name, value));
  }

  /** Text attribute contains the value, ignoring case. */
  static Modifier contains(String path) {
    return (name, value, context) -> Matchers.contains(path, value);
  }

  /** Text attribute equals the value, ignoring case (hex digests, country codes, TLDs). */
  static Modifier equalsIgnoringCase(String path) {
    return (name, value, context) -> Matchers.equalTo(path, value, true);
  }

  /** Text attribute equals the value exactly (case-sensitive digests such as ssdeep). */
  static Modifier equalsExactly(String path) {
    return (name, value, context) -> Matchers.equalTo(path, value, false);
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
