package io.vtsql.adapter.catalog;

import java.util.List;

/**
 * A table read one parent object at a time, so it needs parent ids (a filter or a join): a
 * relationship of an object type, or a child table of its nested records.
 */
public sealed interface ParentTable permits RelationshipDef, ChildTable {
  /** The type of the parent objects. */
  ObjectType source();

  /** SQL table name. */
  String tableName();

  /** Name of the parent id column, e.g. {@code file_id}. */
  String parentColumn();

  /** One line for users. */
  String description();

  /** What a row holds, for remarks: the target type(s), or the records' attribute. */
  String targetLabel();

  /** Columns of the table, parent id first. */
  List<RelationshipColumn> columns();

  /** The request that reads one parent's rows, in its descriptor form where asked. */
  String endpoint(boolean descriptors);

  /** Whether only premium keys may read it. */
  boolean premium();

  /** Whether one request per parent reads all of its rows (no cursor pages). */
  boolean singleRequest();
}
