package io.vtsql.adapter.catalog;

import java.util.Optional;

/**
 * A table of schema {@code vt} as the catalogue declares it: an object type's table, or a table
 * read one parent at a time (a relationship or child table).
 */
public sealed interface TableDef permits ObjectType, ParentTable {
  /** SQL table name. */
  String tableName();

  /** The table's JDBC remark: what a row is. */
  String remark();

  /** A column's JDBC remark, if the table has the column. */
  Optional<String> columnRemark(String column);
}
