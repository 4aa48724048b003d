package io.vtsql.adapter.catalog;

import java.util.Optional;

/**
 * A table of schema {@code vt} as the catalogue declares it: an object type's table, a table read
 * one parent at a time (a relationship or child table), the records of a single document ({@code
 * /metadata}), or a child table of the connection's own user ({@code my_quotas}).
 */
public sealed interface TableDef permits ObjectType, ParentTable, DocumentTable, OwnUserTable {
  /** SQL table name. */
  String tableName();

  /** The table's JDBC remark: what a row is. */
  String remark();

  /** A column's JDBC remark, if the table has the column. */
  Optional<String> columnRemark(String column);

  /** What the table accepts as INSERT, UPDATE and DELETE ({@link Writes#NONE}: read-only). */
  default Writes writes() {
    return Writes.NONE;
  }
}
