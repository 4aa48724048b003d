package io.vtsql.adapter;

import java.util.Locale;
import java.util.Optional;

/** The four VirusTotal object types exposed as tables, with their API paths and search names. */
public enum VtEntity {
  FILES("files", "file", "/files", "file"),
  URLS("urls", "url", "/urls", "url"),
  DOMAINS("domains", "domain", "/domains", "domain"),
  IP_ADDRESSES("ip_addresses", "ip_address", "/ip_addresses", "ip");

  private final String tableName;
  private final String objectType;
  private final String collectionPath;
  private final String searchEntity;

  VtEntity(String tableName, String objectType, String collectionPath, String searchEntity) {
    this.tableName = tableName;
    this.objectType = objectType;
    this.collectionPath = collectionPath;
    this.searchEntity = searchEntity;
  }

  /** Name of the SQL table in schema {@code vt}. */
  public String tableName() {
    return tableName;
  }

  /** Object type as VirusTotal writes it in {@code data[].type}. */
  public String objectType() {
    return objectType;
  }

  /** Collection path, e.g. {@code /files}; a point lookup is {@code collectionPath/{id}}. */
  public String collectionPath() {
    return collectionPath;
  }

  /** Value of the {@code entity:} search modifier selecting this type. */
  public String searchEntity() {
    return searchEntity;
  }

  /** Finds the entity of an {@code entity:} modifier value ({@code ip} and {@code ip_address} both work). */
  public static Optional<VtEntity> fromSearchEntity(String value) {
    final String v = value.toLowerCase(Locale.ROOT);
    for (VtEntity e : values()) {
      if (e.searchEntity.equals(v) || e.objectType.equals(v)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
