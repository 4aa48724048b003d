package io.vtsql.adapter.table;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.VtBackend;
import io.vtsql.client.VtClient;
import java.util.Map;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/**
 * System schema {@code vt_meta} beside {@code vt}: {@code requests} (the recent requests of the
 * connection's client), {@code cache} (cache counters and rate-limit settings), {@code progress}
 * (running totals of requests, cache hits, quota waits and rows) and {@code statements} (the
 * connection's recent statement executions, each with its own requests and rows). Reading it sends
 * no request to VirusTotal.
 */
public final class VtMetaSchema extends AbstractSchema {
  private final Map<String, Table> tables;

  VtMetaSchema(VtBackend backend) {
    final VtClient client = requireNonNull(backend, "backend").client();
    this.tables =
        Map.of(
            "requests",
            new MetaRequestsTable(client),
            "cache",
            new MetaCacheTable(client),
            "progress",
            new MetaProgressTable(client),
            "statements",
            new MetaStatementsTable(backend.statements()));
  }

  /** The name of the system schema of a {@code vt} schema called {@code name}. */
  public static String nameFor(String name) {
    return name.equalsIgnoreCase("vt") ? "vt_meta" : name + "_meta";
  }

  /** Adds the system schema of schema {@code name} to {@code parent}, replacing an older one. */
  public static void addTo(SchemaPlus parent, String name, VtBackend backend) {
    if (parent != null) {
      parent.add(nameFor(name), new VtMetaSchema(backend));
    }
  }

  @Override
  protected Map<String, Table> getTableMap() {
    return tables;
  }
}
