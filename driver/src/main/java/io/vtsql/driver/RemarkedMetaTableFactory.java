package io.vtsql.driver;

import static java.util.Objects.requireNonNull;

import org.apache.calcite.avatica.MetaImpl;
import org.apache.calcite.jdbc.CalciteMetaImpl;
import org.apache.calcite.jdbc.CalciteMetaTableFactory;
import org.apache.calcite.schema.Table;

/** Creates the rows of {@code DatabaseMetaData.getTables} with a description in REMARKS. */
final class RemarkedMetaTableFactory implements CalciteMetaTableFactory {
  private final SchemaRemarks remarks;

  RemarkedMetaTableFactory(SchemaRemarks remarks) {
    this.remarks = requireNonNull(remarks, "remarks");
  }

  @Override
  public MetaImpl.MetaTable createTable(
      Table table, String tableCat, String tableSchem, String tableName) {
    return new RemarkedMetaTable(
        table, tableCat, tableSchem, tableName, remarks.table(table).orElse(null));
  }

  @Override
  public Class<? extends MetaImpl.MetaTable> getMetaTableClass() {
    return RemarkedMetaTable.class;
  }

  /**
   * A table row whose {@code remarks} field hides the always-null one of its superclass; Calcite
   * reads result columns by public field name, so this one is reported.
   */
  public static final class RemarkedMetaTable extends CalciteMetaImpl.CalciteMetaTable {
    public final String remarks;

    RemarkedMetaTable(
        Table table, String tableCat, String tableSchem, String tableName, String remarks) {
      super(table, tableCat, tableSchem, tableName);
      this.remarks = remarks;
    }
  }
}
