package io.vtsql.driver;

import static java.util.Comparator.comparing;
import static java.util.Comparator.naturalOrder;
import static java.util.Comparator.nullsFirst;
import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.avatica.MetaImpl.MetaColumn;
import org.apache.calcite.avatica.MetaImpl.MetaTable;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.jdbc.CalciteMetaColumnFactory;
import org.apache.calcite.jdbc.CalciteMetaTableFactory;
import org.apache.calcite.jdbc.CalcitePrepare.CalciteSignature;
import org.apache.calcite.jdbc.OpenCalciteMetaImpl;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;

/**
 * Calcite's Meta with {@code DatabaseMetaData.getTables} and {@code getColumns} rows in the order
 * JDBC specifies; Calcite collects a schema's table names into a hash set, so its rows come in no
 * particular order.
 */
final class JdbcOrderedMeta extends OpenCalciteMetaImpl {
  /** JDBC's order of {@code getTables}: TABLE_TYPE, TABLE_CAT, TABLE_SCHEM, TABLE_NAME. */
  static final Comparator<MetaTable> TABLE_ORDER =
      comparing((MetaTable table) -> table.tableType, nullsFirst(naturalOrder()))
          .thenComparing(table -> table.tableCat, nullsFirst(naturalOrder()))
          .thenComparing(table -> table.tableSchem, nullsFirst(naturalOrder()))
          .thenComparing(table -> table.tableName, nullsFirst(naturalOrder()));

  /** JDBC's order of {@code getColumns}: TABLE_CAT, TABLE_SCHEM, TABLE_NAME, ORDINAL_POSITION. */
  static final Comparator<MetaColumn> COLUMN_ORDER =
      comparing((MetaColumn column) -> column.tableCat, nullsFirst(naturalOrder()))
          .thenComparing(column -> column.tableSchem, nullsFirst(naturalOrder()))
          .thenComparing(column -> column.tableName, nullsFirst(naturalOrder()))
          .thenComparingInt(column -> column.ordinalPosition);

  JdbcOrderedMeta(
      CalciteConnection connection,
      CalciteMetaTableFactory metaTableFactory,
      CalciteMetaColumnFactory metaColumnFactory) {
    super(connection, metaTableFactory, metaColumnFactory);
  }

  @Override
  public MetaResultSet getTables(
      ConnectionHandle ch,
      String catalog,
      Pat schemaPattern,
      Pat tableNamePattern,
      List<String> typeList) {
    return ordered(
        super.getTables(ch, catalog, schemaPattern, tableNamePattern, typeList), TABLE_ORDER);
  }

  @Override
  public MetaResultSet getColumns(
      ConnectionHandle ch,
      String catalog,
      Pat schemaPattern,
      Pat tableNamePattern,
      Pat columnNamePattern) {
    return ordered(
        super.getColumns(ch, catalog, schemaPattern, tableNamePattern, columnNamePattern),
        COLUMN_ORDER);
  }

  /**
   * The same result on the same statement, its rows sorted. Calcite's result set reads the rows
   * from the signature's enumerable, so both it and the first frame are replaced.
   */
  @SuppressWarnings("unchecked")
  private static <T> MetaResultSet ordered(MetaResultSet unordered, Comparator<T> order) {
    CalciteSignature<Object> signature =
        (CalciteSignature<Object>) requireNonNull(unordered.signature, "signature");
    Frame frame = requireNonNull(unordered.firstFrame, "firstFrame");
    Enumerable<Object> rows =
        Linq4j.asEnumerable((Iterable<T>) frame.rows)
            .orderBy(row -> row, order)
            .select(row -> (Object) row);
    CalciteSignature<Object> orderedSignature =
        new CalciteSignature<Object>(
            signature.sql,
            signature.parameters,
            signature.internalParameters,
            null,
            signature.columns,
            signature.cursorFactory,
            null,
            List.of(),
            -1,
            null,
            signature.statementType) {
          @Override
          public Enumerable<Object> enumerable(DataContext dataContext) {
            return rows;
          }
        };
    return MetaResultSet.create(
        unordered.connectionId,
        unordered.statementId,
        unordered.ownStatement,
        orderedSignature,
        new Frame(frame.offset, frame.done, rows));
  }
}
