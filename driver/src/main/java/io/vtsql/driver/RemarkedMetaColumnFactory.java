package io.vtsql.driver;

import static java.util.Objects.requireNonNull;

import org.apache.calcite.avatica.MetaImpl;
import org.apache.calcite.jdbc.CalciteMetaColumnFactory;
import org.apache.calcite.schema.Table;

/** Creates the rows of {@code DatabaseMetaData.getColumns} with a description in REMARKS. */
final class RemarkedMetaColumnFactory implements CalciteMetaColumnFactory {
  private final SchemaRemarks remarks;

  RemarkedMetaColumnFactory(SchemaRemarks remarks) {
    this.remarks = requireNonNull(remarks, "remarks");
  }

  @Override
  public MetaImpl.MetaColumn createColumn(
      Table table,
      String tableCat,
      String tableSchem,
      String tableName,
      String columnName,
      int dataType,
      String typeName,
      Integer columnSize,
      Integer decimalDigits,
      int numPrecRadix,
      int nullable,
      Integer charOctetLength,
      int ordinalPosition,
      String isNullable) {
    return new RemarkedMetaColumn(
        tableCat,
        tableSchem,
        tableName,
        columnName,
        dataType,
        typeName,
        columnSize,
        decimalDigits,
        numPrecRadix,
        nullable,
        charOctetLength,
        ordinalPosition,
        isNullable,
        remarks.column(table, columnName).orElse(null));
  }

  @Override
  public Class<? extends MetaImpl.MetaColumn> getMetaColumnClass() {
    return RemarkedMetaColumn.class;
  }

  /**
   * A column row whose {@code remarks} field hides the always-null one of its superclass; Calcite
   * reads result columns by public field name, so this one is reported.
   */
  public static final class RemarkedMetaColumn extends MetaImpl.MetaColumn {
    public final String remarks;

    RemarkedMetaColumn(
        String tableCat,
        String tableSchem,
        String tableName,
        String columnName,
        int dataType,
        String typeName,
        Integer columnSize,
        Integer decimalDigits,
        int numPrecRadix,
        int nullable,
        Integer charOctetLength,
        int ordinalPosition,
        String isNullable,
        String remarks) {
      super(
          tableCat,
          tableSchem,
          tableName,
          columnName,
          dataType,
          typeName,
          columnSize,
          decimalDigits,
          numPrecRadix,
          nullable,
          charOctetLength,
          ordinalPosition,
          isNullable);
      this.remarks = remarks;
    }
  }
}
