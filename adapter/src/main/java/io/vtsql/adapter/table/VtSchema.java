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
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.calcite.schema.Function;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/**
 * Schema {@code vt}: the tables of the static catalogue, the relationship tables, the {@code
 * vt_search} and {@code vt_basic_search} table functions and the {@code vt_ip_in} and {@code
 * vt_augment_url} scalar functions. Building it sends no request.
 */
public final class VtSchema extends AbstractSchema {
  private final VtBackend backend;
  private final Map<String, Table> tables;
  private final VtAugmentFunction augment;

  public VtSchema(VtBackend backend, RelationshipSettings relationships) {
    this.backend = requireNonNull(backend, "backend");
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
    return ImmutableMultimap.of(
        "vt_search",
        new VtSearchMacro(backend),
        VtBasicSearchMacro.NAME,
        new VtBasicSearchMacro(backend),
        VtIpFunction.NAME,
        VtIpFunction.FUNCTION,
        VtAugmentFunction.NAME,
        augment);
  }
}
