package io.vtsql.adapter.catalog;

import java.util.Map;

/**
 * The endpoint that scans an object type without ids, and the grammar WHERE and ORDER BY are pushed
 * into: the intelligence search, the type's own paged list endpoint, or a one-response list of
 * values.
 */
public sealed interface ScanEndpoint
    permits SearchEndpoint, ListEndpoint, ValueListEndpoint, BasicSearchEndpoint {
  /** Request path, e.g. {@code /intelligence/search} or {@code /collections}. */
  String path();

  /** Largest {@code limit} of one page. */
  int pageMax();

  /** Pushable columns and the modifier each becomes, in declaration order. */
  Map<String, ModifierSpec> modifiers();

  /**
   * Columns the endpoint can order by and the {@code order} field of each; a field ending in {@code
   * -} or {@code +} is documented in that direction only ({@code /private/analyses}: {@code
   * date-}).
   */
  Map<String, String> orders();

  /** The privilege a key needs to call the endpoint at all. */
  Privilege privilege();

  /** Whether the grammar has OR and NOT (else only space-separated terms, ANDed). */
  boolean booleanOperators();

  /** Whether {@code descriptors_only=true} may be asked. */
  boolean descriptorsOnly();

  /**
   * Whether one request without parameters answers the whole, small list, so a scan without
   * conditions or LIMIT is bounded.
   */
  default boolean complete() {
    return false;
  }

  /**
   * Whether reading the whole list without a condition or LIMIT costs a bounded number of requests:
   * a one-response list of values, or the key's own objects.
   */
  default boolean readableWhole() {
    return complete();
  }
}
