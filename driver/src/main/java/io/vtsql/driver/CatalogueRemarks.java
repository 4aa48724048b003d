package io.vtsql.driver;

import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.RelationshipColumn;
import io.vtsql.adapter.catalog.ParentTable;
import io.vtsql.adapter.catalog.VtColumn;
import io.vtsql.adapter.DocumentScanTable;
import io.vtsql.adapter.RelationshipTable;
import io.vtsql.adapter.VtTable;

import org.apache.calcite.schema.Table;

import java.util.Map;
import java.util.Optional;

/**
 * Remarks for the {@code vt} schema, read from the adapter's static catalogues (core tables and
 * relationship, child and document tables), so describing the schema costs no API request.
 */
final class CatalogueRemarks implements SchemaRemarks {
  static final CatalogueRemarks INSTANCE = new CatalogueRemarks();

  private CatalogueRemarks() {
  }

  @Override public Optional<String> table(Table table) {
    if (table instanceof VtTable core) {
      return Optional.of(core.entity().description());
    }
    if (table instanceof RelationshipTable relationship) {
      ParentTable def = relationship.relationship();
      return Optional.of(def.description() + " (" + def.source().objectType() + " → "
          + def.targetLabel() + "; filter on " + def.parentColumn() + ")");
    }
    if (table instanceof DocumentScanTable document) {
      return Optional.of(document.table().remark());
    }
    return Optional.empty();
  }

  @Override public Optional<String> column(Table table, String column) {
    if (table instanceof VtTable core) {
      return core.entity().column(column).map(VtColumn::description);
    }
    if (table instanceof RelationshipTable relationship) {
      return relationshipColumn(relationship, column);
    }
    if (table instanceof DocumentScanTable document) {
      return document.table().columnRemark(column);
    }
    return Optional.empty();
  }

  /** Every relationship column (parent id, target columns, context) has a description. */
  private static Optional<String> relationshipColumn(RelationshipTable table, String column) {
    return table.relationship().columns().stream().filter(c -> c.name().equals(column)).findFirst()
        .map(RelationshipColumn::description);
  }
}
