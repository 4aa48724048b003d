package io.vtsql.adapter.query;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.catalog.DocumentTable;
import io.vtsql.adapter.catalog.RelationshipColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * What a scan of a single-document table ({@code metadata_engines}, ...) asks: the one GET of the
 * document, shared through the object cache by every table of the same document, and the projected
 * columns. Filters run locally: the document is small.
 *
 * @param table the declaration
 * @param projection ordinals of the table columns the scan produces, in output order
 */
public record DocumentQuery(DocumentTable table, List<Integer> projection) implements ScanSpec {

  public DocumentQuery {
    requireNonNull(table, "table");
    projection = List.copyOf(projection);
  }

  /** Every column of the table. */
  public static DocumentQuery of(DocumentTable table) {
    final List<Integer> all = new ArrayList<>();
    for (int i = 0; i < table.columns().size(); i++) {
      all.add(i);
    }
    return new DocumentQuery(table, all);
  }

  /** Columns produced by the scan, in output order. */
  public List<RelationshipColumn> columns() {
    final List<RelationshipColumn> all = table.columns();
    return projection.stream().map(all::get).toList();
  }

  @Override
  public DocumentQuery withProjection(List<Integer> outputOrdinals) {
    return new DocumentQuery(table, outputOrdinals.stream().map(projection::get).toList());
  }

  @Override
  public boolean descriptorsOnly() {
    return false;
  }

  @Override
  public String requests() {
    return table.endpoint() + " (once, shared by every table of the document while cached)";
  }
}
