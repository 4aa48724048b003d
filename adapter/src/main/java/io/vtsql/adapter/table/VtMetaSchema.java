package io.vtsql.adapter.table;

import static java.util.Objects.requireNonNull;

import io.vtsql.client.VtClient;
import java.util.Map;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/**
 * System schema {@code vt_meta} beside {@code vt}: {@code requests} (the recent requests of the
 * connection's client), {@code cache} (cache counters and rate-limit settings) and {@code progress}
 * (running totals of requests, cache hits and quota waits). Reading it sends no request to
 * VirusTotal.
 */
public final class VtMetaSchema extends AbstractSchema {
  private final Map<String, Table> tables;

  VtMetaSchema(VtClient client) {
    requireNonNull(client, "client");
    this.tables =
        Map.of(
            "requests",
            new MetaRequestsTable(client),
            "cache",
            new MetaCacheTable(client),
            "progress",
            new MetaProgressTable(client));
  }

  /** The name of the system schema of a {@code vt} schema called {@code name}. */
  public static String nameFor(String name) {
    return name.equalsIgnoreCase("vt") ? "vt_meta" : name + "_meta";
  }

  /** Adds the system schema of schema {@code name} to {@code parent}, replacing an older one. */
  public static void addTo(SchemaPlus parent, String name, VtClient client) {
    if (parent != null) {
      parent.add(nameFor(name), new VtMetaSchema(client));
    }
  }

  @Override
  protected Map<String, Table> getTableMap() {
    return tables;
  }
}
