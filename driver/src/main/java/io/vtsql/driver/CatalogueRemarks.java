package io.vtsql.driver;

import io.vtsql.adapter.table.VtTable;
import java.util.Optional;
import org.apache.calcite.schema.Table;

/**
 * Remarks for the {@code vt} schema, read from the adapter's catalogue (every table declares its
 * own), so describing the schema costs no API request.
 */
final class CatalogueRemarks implements SchemaRemarks {
  static final CatalogueRemarks INSTANCE = new CatalogueRemarks();

  private CatalogueRemarks() {}

  @Override
  public Optional<String> table(Table table) {
    return table instanceof VtTable t ? Optional.of(t.def().remark()) : Optional.empty();
  }

  @Override
  public Optional<String> column(Table table, String column) {
    return table instanceof VtTable t ? t.def().columnRemark(column) : Optional.empty();
  }
}
