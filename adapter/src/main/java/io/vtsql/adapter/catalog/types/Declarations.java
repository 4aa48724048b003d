package io.vtsql.adapter.catalog.types;

import io.vtsql.adapter.catalog.ModifierSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shorthands of the declarations. Exactness of modifiers follows docs/search-language.md: only the
 * meaning of {@code p:N-} and {@code size:N-} (strictly fewer) is documented, so only those are
 * exact; every other term is pushed as a superset under each plausible reading (bounds, words,
 * case, type groups, CIDR blocks) and its predicate stays in the remainder. Fuzzy hashes (ssdeep,
 * tlsh) search by similarity and have no superset term for equality, so they are not declared at
 * all.
 */
final class Declarations {
  private Declarations() {}

  /** How a column maps to a modifier. */
  static ModifierSpec spec(String column, String modifier, ModifierSpec.Kind kind, boolean exact) {
    return new ModifierSpec(column, modifier, kind, exact);
  }

  /** Modifiers keyed by column, in the given order. */
  static Map<String, ModifierSpec> modifiers(ModifierSpec... specs) {
    final Map<String, ModifierSpec> map = new LinkedHashMap<>();
    for (ModifierSpec s : specs) {
      map.put(s.column(), s);
    }
    return map;
  }

  /** Pairs of column and {@code order} field. */
  static Map<String, String> orders(String... columnAndField) {
    final Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < columnAndField.length; i += 2) {
      map.put(columnAndField[i], columnAndField[i + 1]);
    }
    return map;
  }
}
