package io.vtsql.adapter.catalog;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * The intelligence search of one entity ({@code entity:file}), premium-only.
 *
 * @param entity value of the {@code entity:} modifier selecting the type
 * @param modifiers pushable columns and their modifiers
 * @param orders orderable columns and their {@code order} fields
 */
public record SearchEndpoint(
    String entity, Map<String, ModifierSpec> modifiers, Map<String, String> orders)
    implements ScanEndpoint {
  /** The premium-only search path. */
  public static final String PATH = "/intelligence/search";

  /** Largest {@code limit} of one search page. */
  public static final int PAGE_MAX = 300;

  public SearchEndpoint {
    requireNonNull(entity, "entity");
    modifiers = Catalogs.ordered(modifiers);
    orders = Catalogs.ordered(orders);
  }

  @Override
  public String path() {
    return PATH;
  }

  @Override
  public int pageMax() {
    return PAGE_MAX;
  }

  @Override
  public Privilege privilege() {
    return Privilege.PREMIUM;
  }

  @Override
  public boolean booleanOperators() {
    return true;
  }

  @Override
  public boolean descriptorsOnly() {
    return true;
  }
}
