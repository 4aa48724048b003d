package io.vtsql.driver;

import java.util.Properties;

/**
 * JVM-wide Calcite settings vtsql defaults before Calcite reads them (once, when its classes
 * initialise): a cache of compiled statement code, so that a statement whose generated Java was
 * compiled before (the same plan shape, whatever its literals: lookup keys and search terms are
 * data, not code) skips Janino. A value the user set with {@code -D} is kept.
 */
final class CalciteTuning {
  /** Calcite's property: how many compiled classes to keep (0, Calcite's default, keeps none). */
  static final String BINDABLE_CACHE = "calcite.bindable.cache.maxSize";

  /** Compiled plans kept; each is a small class, keyed by its source text. */
  static final String BINDABLE_CACHE_SIZE = "500";

  private CalciteTuning() {}

  /** Adds vtsql's defaults to {@code system} where it has no value of its own. */
  static void applyTo(Properties system) {
    if (system.getProperty(BINDABLE_CACHE) == null) {
      system.setProperty(BINDABLE_CACHE, BINDABLE_CACHE_SIZE);
    }
  }
}
