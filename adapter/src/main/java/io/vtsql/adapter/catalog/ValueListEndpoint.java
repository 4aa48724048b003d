package io.vtsql.adapter.catalog;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * An endpoint that answers a small, finite list of plain values in one response ({@code GET
 * /popular_threat_categories} gives {@code {"data": ["trojan", ...]}}): each value is one row,
 * there is no filter, order, limit or cursor, and a scan needs no condition.
 *
 * @param path request path
 */
public record ValueListEndpoint(String path) implements ScanEndpoint {

  public ValueListEndpoint {
    requireNonNull(path, "path");
  }

  /** The whole list comes in the one response. */
  @Override
  public int pageMax() {
    return Integer.MAX_VALUE;
  }

  @Override
  public Map<String, ModifierSpec> modifiers() {
    return Map.of();
  }

  @Override
  public Map<String, String> orders() {
    return Map.of();
  }

  @Override
  public Privilege privilege() {
    return Privilege.PUBLIC;
  }

  @Override
  public boolean booleanOperators() {
    return false;
  }

  @Override
  public boolean descriptorsOnly() {
    return false;
  }

  @Override
  public boolean complete() {
    return true;
  }
}
