package io.vtsql.adapter;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.VtColumn;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;

/**
 * A VirusTotal object type as a table; its row type comes from the static catalogue and planning
 * turns it into a logical {@link VtTableScan}. A {@code vt_search(...)} call yields one with a raw query.
 */
public final class VtTable extends AbstractTable implements TranslatableTable {
  private final ObjectType entity;
  private final VtBackend backend;
  private final SearchExpr rawSearch;

  /**
   * Creates a table.
   *
   * @param rawSearch user-written search text from vt_search, or null
   */
  VtTable(ObjectType entity, VtBackend backend, SearchExpr rawSearch) {
    this.entity = requireNonNull(entity, "entity");
    this.backend = requireNonNull(backend, "backend");
    this.rawSearch = rawSearch;
  }

  /** The object type of the rows. */
  public ObjectType entity() {
    return entity;
  }

  VtBackend backend() {
    return backend;
  }

  @Override public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    final RelDataTypeFactory.Builder b = typeFactory.builder();
    for (VtColumn c : entity.columns()) {
      b.add(c.name(), c.type().toRelType(typeFactory, !c.name().equals("id")));
    }
    return b.build();
  }

  @Override public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
    return new VtTableScan(context.getCluster(),
        context.getCluster().traitSetOf(Convention.NONE), relOptTable, this,
        VtQuery.scanAll(entity, rawSearch));
  }
}
