package io.vtsql.adapter;

import static java.util.Objects.requireNonNull;

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
  private final RelationshipDef relationship;
  private final VtBackend backend;
  private final RelationshipSettings settings;

  RelationshipTable(RelationshipDef relationship, VtBackend backend,
      RelationshipSettings settings) {
    this.relationship = requireNonNull(relationship, "relationship");
    this.backend = requireNonNull(backend, "backend");
    this.settings = requireNonNull(settings, "settings");
  }

  /** One table per relationship of the catalogue, keyed by table name. */
  static Map<String, Table> all(VtBackend backend, RelationshipSettings settings) {
    final Map<String, Table> map = new LinkedHashMap<>();
    for (RelationshipDef r : RelationshipCatalogue.all()) {
      map.put(r.tableName(), new RelationshipTable(r, backend, settings));
    }
    return map;
  }

  /** The relationship this table reads. */
  public RelationshipDef relationship() {
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
