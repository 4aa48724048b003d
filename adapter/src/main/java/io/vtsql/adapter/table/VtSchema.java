package io.vtsql.adapter.table;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMultimap;
import com.google.common.collect.Multimap;
import io.vtsql.adapter.RelationshipSettings;
import io.vtsql.adapter.VtBackend;
import io.vtsql.adapter.catalog.Catalog;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.OwnUserTable;
import io.vtsql.adapter.catalog.ParentTable;
import io.vtsql.adapter.exec.Submissions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.calcite.schema.Function;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/**
 * Schema {@code vt}: the tables of the static catalogue, the relationship tables, the {@code
 * vt_search} and {@code vt_basic_search} table functions, the scan table functions ({@code
 * vt_scan_url}, {@code vt_rescan_url}, {@code vt_rescan_file}, {@code vt_scan_file}) and the {@code
 * vt_ip_in} and {@code vt_augment_url} scalar functions. Building it sends no request.
 */
public final class VtSchema extends AbstractSchema {
  private final VtBackend backend;
  private final Map<String, Table> tables;
  private final VtAugmentFunction augment;
  private final ScanFiles scanFiles;

  public VtSchema(VtBackend backend, RelationshipSettings relationships, ScanFiles scanFiles) {
    this.backend = requireNonNull(backend, "backend");
    this.scanFiles = requireNonNull(scanFiles, "scanFiles");
    final Map<String, Table> map = new LinkedHashMap<>();
    for (ObjectType e : Catalog.tables()) {
      map.put(e.tableName(), VtTable.of(e, backend, null));
    }
    for (ParentTable t : Catalog.relationships()) {
      map.put(t.tableName(), VtTable.of(t, backend, relationships));
    }
    for (ParentTable t : Catalog.children()) {
      map.put(t.tableName(), VtTable.of(t, backend, relationships));
    }
    Catalog.documents().forEach(d -> map.put(d.tableName(), VtTable.of(d, backend)));
    for (OwnUserTable t : Catalog.ownUserTables()) {
      map.put(t.tableName(), VtTable.of(t, backend, relationships));
    }
    this.tables = Map.copyOf(map);
    this.augment = new VtAugmentFunction();
  }

  /** This schema's {@code vt_augment_url}. */
  VtAugmentFunction augment() {
    return augment;
  }

  /** Settings and client shared by this schema's scans. */
  public VtBackend backend() {
    return backend;
  }

  @Override
  protected Map<String, Table> getTableMap() {
    return tables;
  }

  @Override
  protected Multimap<String, Function> getFunctionMultimap() {
    final ImmutableMultimap.Builder<String, Function> functions = ImmutableMultimap.builder();
    functions.put("vt_search", new VtSearchMacro(backend));
    functions.put(VtBasicSearchMacro.NAME, new VtBasicSearchMacro(backend));
    functions.put(VtIpFunction.NAME, VtIpFunction.FUNCTION);
    functions.put(VtAugmentFunction.NAME, augment);
    for (Submissions.Kind kind : Submissions.Kind.values()) {
      functions.put(kind.function(), new VtScanFunction(backend, kind, scanFiles));
    }
    return functions.build();
  }
}
