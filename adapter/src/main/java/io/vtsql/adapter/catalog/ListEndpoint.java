package io.vtsql.adapter.catalog;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * A collection's own list endpoint ({@code GET /collections}) with its server-side {@code filter=}
 * and {@code order=} grammar (protocol.md §6.2).
 *
 * @param path request path
 * @param pageMax largest {@code limit} of a page
 * @param modifiers pushable columns and their {@code filter} modifiers
 * @param orders orderable columns and their {@code order} fields
 * @param privilege what a key needs to call it
 * @param booleans whether {@code filter=} takes OR and NOT (documented for collections and graphs
 *     only; elsewhere only ANDed terms are pushed)
 * @param descriptors whether the endpoint takes {@code descriptors_only=true} (the IoC stream)
 * @param ownObjects whether it lists only the key's own objects (e.g. its Retrohunt jobs), a list
 *     small enough to read whole without a condition or LIMIT
 */
public record ListEndpoint(
    String path,
    int pageMax,
    Map<String, ModifierSpec> modifiers,
    Map<String, String> orders,
    Privilege privilege,
    boolean booleans,
    boolean descriptors,
    boolean ownObjects)
    implements ScanEndpoint {

  public ListEndpoint {
    requireNonNull(path, "path");
    modifiers = Catalogs.ordered(modifiers);
    orders = Catalogs.ordered(orders);
    requireNonNull(privilege, "privilege");
  }

  /** A list endpoint of whole objects that are not only the key's own. */
  public ListEndpoint(
      String path,
      int pageMax,
      Map<String, ModifierSpec> modifiers,
      Map<String, String> orders,
      Privilege privilege,
      boolean booleans) {
    this(path, pageMax, modifiers, orders, privilege, booleans, false, false);
  }

  @Override
  public boolean readableWhole() {
    return ownObjects;
  }

  @Override
  public boolean booleanOperators() {
    return booleans;
  }

  @Override
  public boolean descriptorsOnly() {
    return descriptors;
  }
}
