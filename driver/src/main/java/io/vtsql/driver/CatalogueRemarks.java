package io.vtsql.driver;

import io.vtsql.adapter.RelationshipColumn;
import io.vtsql.adapter.RelationshipDef;
import io.vtsql.adapter.RelationshipTable;
import io.vtsql.adapter.VtCatalogue;
import io.vtsql.adapter.VtColumn;
import io.vtsql.adapter.VtEntity;
import io.vtsql.adapter.VtTable;

import org.apache.calcite.schema.Table;

import java.util.Map;
import java.util.Optional;

/**
 * Remarks for the {@code vt} schema, read from the adapter's static catalogues (core tables and
 * relationship tables), so describing the schema costs no API request.
 */
final class CatalogueRemarks implements SchemaRemarks {
  static final CatalogueRemarks INSTANCE = new CatalogueRemarks();

  private static final Map<VtEntity, String> CORE_TABLES = Map.of(
      VtEntity.FILES, "Files analysed by VirusTotal, one row per file (id = SHA-256)",
      VtEntity.URLS, "URLs analysed by VirusTotal, one row per URL (id = SHA-256 of the URL)",
      VtEntity.DOMAINS, "Internet domains known to VirusTotal, one row per domain name",
      VtEntity.IP_ADDRESSES, "IP addresses known to VirusTotal, one row per address");

  private CatalogueRemarks() {
  }

  @Override public Optional<String> table(Table table) {
    if (table instanceof VtTable core) {
      return Optional.ofNullable(CORE_TABLES.get(core.entity()));
    }
    if (table instanceof RelationshipTable relationship) {
      RelationshipDef def = relationship.relationship();
      return Optional.of(def.description() + " (" + def.source().objectType() + " → "
          + def.targetLabel() + "; filter on " + def.parentColumn() + ")");
    }
    return Optional.empty();
  }

  @Override public Optional<String> column(Table table, String column) {
    if (table instanceof VtTable core) {
      return VtCatalogue.column(core.entity(), column).map(VtColumn::description);
    }
    if (table instanceof RelationshipTable relationship) {
      return relationshipColumn(relationship, column);
    }
    return Optional.empty();
  }

  /** Every relationship column (parent id, target columns, context) has a description. */
  private static Optional<String> relationshipColumn(RelationshipTable table, String column) {
    return table.relationship().columns().stream().filter(c -> c.name().equals(column)).findFirst()
        .map(RelationshipColumn::description);
  }
}
