package io.vtsql.adapter;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.catalog.Catalog;
import io.vtsql.adapter.catalog.RelationshipColumn;
import io.vtsql.adapter.catalog.ParentTable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;

/**
 * A relationship as a join table ({@code file_contacted_domains}, ...): its row type comes from
 * the static catalogue and planning turns it into a logical {@link RelationshipScan} that needs
 * parent ids.
 */
public final class RelationshipTable extends AbstractTable implements TranslatableTable {
  private final ParentTable relationship;
  private final VtBackend backend;
  private final RelationshipSettings settings;

  RelationshipTable(ParentTable relationship, VtBackend backend,
      RelationshipSettings settings) {
    this.relationship = requireNonNull(relationship, "relationship");
    this.backend = requireNonNull(backend, "backend");
    this.settings = requireNonNull(settings, "settings");
  }

  /** One table per relationship and child table of the catalogue, keyed by table name. */
  static Map<String, Table> all(VtBackend backend, RelationshipSettings settings) {
    final Map<String, Table> map = new LinkedHashMap<>();
    for (ParentTable r : Catalog.relationships()) {
      map.put(r.tableName(), new RelationshipTable(r, backend, settings));
    }
    for (ParentTable c : Catalog.children()) {
      map.put(c.tableName(), new RelationshipTable(c, backend, settings));
    }
    return map;
  }

  /** The relationship or child table this table reads. */
  public ParentTable relationship() {
    return relationship;
  }

  VtBackend backend() {
    return backend;
  }

  RelationshipSettings settings() {
    return settings;
  }

  @Override public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    final RelDataTypeFactory.Builder b = typeFactory.builder();
    for (RelationshipColumn c : relationship.columns()) {
      final boolean key = c.kind() == RelationshipColumn.Kind.PARENT_ID
          || c.kind() == RelationshipColumn.Kind.TARGET && c.name().equals("id");
      b.add(c.name(), c.type().toRelType(typeFactory, !key));
    }
    return b.build();
  }

  @Override public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
    return new RelationshipScan(context.getCluster(),
        context.getCluster().traitSetOf(Convention.NONE), relOptTable, this,
        RelationshipQuery.of(relationship));
  }
}
