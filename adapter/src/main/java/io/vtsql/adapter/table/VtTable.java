package io.vtsql.adapter.table;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.RelationshipSettings;
import io.vtsql.adapter.VtBackend;
import io.vtsql.adapter.VtQueryException;
import io.vtsql.adapter.catalog.DocumentTable;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.OwnUserTable;
import io.vtsql.adapter.catalog.ParentTable;
import io.vtsql.adapter.catalog.RelationshipColumn;
import io.vtsql.adapter.catalog.TableDef;
import io.vtsql.adapter.catalog.VtColumn;
import io.vtsql.adapter.query.DocumentQuery;
import io.vtsql.adapter.query.RelationshipQuery;
import io.vtsql.adapter.query.ScanSpec;
import io.vtsql.adapter.query.SearchExpr;
import io.vtsql.adapter.query.VtQuery;
import io.vtsql.adapter.rules.VtTableScan;
import java.util.List;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.ColumnStrategy;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql2rel.InitializerContext;
import org.apache.calcite.sql2rel.InitializerExpressionFactory;
import org.apache.calcite.sql2rel.NullInitializerExpressionFactory;

/**
 * A table of the catalogue: an object type's table, or a relationship or child table read one
 * parent at a time. Its row type comes from the declaration and planning turns it into a logical
 * {@link VtTableScan}; a {@code vt_search(...)} call yields one with a raw query.
 */
public final class VtTable extends AbstractTable implements TranslatableTable {
  private final TableDef def;
  private final VtBackend backend;
  private final SearchExpr rawSearch;
  private final RelationshipSettings settings;

  private VtTable(
      TableDef def, VtBackend backend, SearchExpr rawSearch, RelationshipSettings settings) {
    this.def = requireNonNull(def, "def");
    this.backend = requireNonNull(backend, "backend");
    this.rawSearch = rawSearch;
    this.settings = settings;
  }

  /**
   * The table of an object type.
   *
   * @param rawSearch user-written search text from vt_search, or null
   */
  static VtTable of(ObjectType type, VtBackend backend, SearchExpr rawSearch) {
    return new VtTable(type, backend, rawSearch, null);
  }

  /** A relationship or child table. */
  static VtTable of(ParentTable table, VtBackend backend, RelationshipSettings settings) {
    return new VtTable(table, backend, null, requireNonNull(settings, "settings"));
  }

  /** A child table of the connection's own user ({@code vtUser}). */
  static VtTable of(OwnUserTable table, VtBackend backend, RelationshipSettings settings) {
    return new VtTable(table, backend, null, requireNonNull(settings, "settings"));
  }

  /** The records of a single document ({@code /metadata}). */
  static VtTable of(DocumentTable table, VtBackend backend) {
    return new VtTable(table, backend, null, null);
  }

  /** What the catalogue declares of the table. */
  public TableDef def() {
    return def;
  }

  public VtBackend backend() {
    return backend;
  }

  /** Fan-out of a table read one parent at a time. */
  public RelationshipSettings settings() {
    return settings;
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    final RelDataTypeFactory.Builder b = typeFactory.builder();
    if (def instanceof ObjectType type) {
      for (VtColumn c : type.columns()) {
        b.add(c.name(), c.type().toRelType(typeFactory, !c.name().equals("id")));
      }
    } else if (def instanceof DocumentTable document) {
      for (RelationshipColumn c : document.columns()) {
        b.add(
            c.name(), c.type().toRelType(typeFactory, c.kind() != RelationshipColumn.Kind.MAP_KEY));
      }
    } else {
      final ParentTable parentTable =
          def instanceof OwnUserTable own ? own.source() : (ParentTable) def;
      for (RelationshipColumn c : parentTable.columns()) {
        final boolean key =
            c.kind() == RelationshipColumn.Kind.PARENT_ID
                || c.kind() == RelationshipColumn.Kind.TARGET && c.name().equals("id");
        b.add(c.name(), c.type().toRelType(typeFactory, !key));
      }
    }
    return b.build();
  }

  /**
   * For a table that takes INSERT, the initializer that lets an INSERT leave out the columns
   * VirusTotal fills ({@code id}, which is NOT NULL for reads): they default to NULL.
   */
  @Override
  public <C> C unwrap(Class<C> aClass) {
    if (aClass == InitializerExpressionFactory.class && def.writes().insert().isPresent()) {
      return aClass.cast(WriteDefaults.INSTANCE);
    }
    return super.unwrap(aClass);
  }

  /** Columns an INSERT leaves out are NULL, including those that reads never see NULL in. */
  private static final class WriteDefaults extends NullInitializerExpressionFactory {
    static final WriteDefaults INSTANCE = new WriteDefaults();

    @Override
    public ColumnStrategy generationStrategy(RelOptTable table, int iColumn) {
      return table.getRowType().getFieldList().get(iColumn).getType().isNullable()
          ? ColumnStrategy.NULLABLE
          : ColumnStrategy.DEFAULT;
    }

    @Override
    public RexNode newColumnDefaultValue(
        RelOptTable table, int iColumn, InitializerContext context) {
      final RelDataType type = table.getRowType().getFieldList().get(iColumn).getType();
      return context.getRexBuilder().makeNullLiteral(type);
    }
  }

  @Override
  public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
    final ScanSpec spec =
        def instanceof ObjectType type
            ? VtQuery.scanAll(type, rawSearch)
            : def instanceof DocumentTable document
                ? DocumentQuery.of(document)
                : def instanceof OwnUserTable own
                    ? ownUserQuery(own, context.getCluster().getRexBuilder())
                    : RelationshipQuery.of((ParentTable) def);
    return new VtTableScan(
        context.getCluster(),
        context.getCluster().traitSetOf(Convention.NONE),
        relOptTable,
        this,
        spec);
  }

  /** The own user's child table with {@code vtUser} as its parent, or the error without it. */
  private RelationshipQuery ownUserQuery(OwnUserTable own, RexBuilder rexBuilder) {
    if (backend.vtUser() == null || backend.vtUser().isEmpty()) {
      throw new VtQueryException(own.needsUserMessage());
    }
    return RelationshipQuery.of(own.source())
        .withParents(List.of(rexBuilder.makeLiteral(backend.vtUser())));
  }
}
