package io.vtsql.driver;

import io.vtsql.adapter.VtCatalogue;
import io.vtsql.adapter.VtColumn;
import io.vtsql.adapter.VtEntity;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Remarks for the {@code vt} schema, read from the adapter's static column catalogue, so
 * describing the schema costs no API request.
 */
final class CatalogueRemarks implements SchemaRemarks {
  static final CatalogueRemarks INSTANCE = new CatalogueRemarks();

  private static final Map<VtEntity, String> TABLES = Map.of(
      VtEntity.FILES, "Files analysed by VirusTotal, one row per file (id = SHA-256)",
      VtEntity.URLS, "URLs analysed by VirusTotal, one row per URL (id = SHA-256 of the URL)",
      VtEntity.DOMAINS, "Internet domains known to VirusTotal, one row per domain name",
      VtEntity.IP_ADDRESSES, "IP addresses known to VirusTotal, one row per address");

  private CatalogueRemarks() {
  }

  @Override public Optional<String> table(String schema, String table) {
    return entity(schema, table).map(TABLES::get);
  }

  @Override public Optional<String> column(String schema, String table, String column) {
    return entity(schema, table)
        .flatMap(entity -> VtCatalogue.column(entity, column))
        .map(VtColumn::description);
  }

  private static Optional<VtEntity> entity(String schema, String table) {
    if (!VtDriver.SCHEMA_NAME.equalsIgnoreCase(schema)) {
      return Optional.empty();
    }
    String name = table.toLowerCase(Locale.ROOT);
    for (VtEntity entity : VtEntity.values()) {
      if (entity.tableName().equals(name)) {
        return Optional.of(entity);
      }
    }
    return Optional.empty();
  }
}
