package io.vtsql.adapter.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A table read one parent object at a time, so it needs parent ids (a filter or a join): a
 * relationship of an object type, or a child table of its nested records.
 */
public sealed interface ParentTable extends TableDef permits RelationshipDef, ChildTable {
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

  /** Whether the rows can be read from a {@code /relationships/} descriptor endpoint. */
  default boolean descriptorForm() {
    return true;
  }

  /** What a key needs to read it. */
  Privilege privilege();

  /** Whether a parent has at most one row (a 1:1 relationship). */
  boolean oneRowPerParent();

  /** Whether one request per parent reads all of its rows (no cursor pages). */
  boolean singleRequest();

  /** What the table reads, from which type to which, and how to give it parents. */
  @Override
  default String remark() {
    return description()
        + " ("
        + source().objectType()
        + " → "
        + targetLabel()
        + "; filter on "
        + parentColumn()
        + ")";
  }

  @Override
  default Optional<String> columnRemark(String column) {
    return columns().stream()
        .filter(c -> c.name().equals(column))
        .findFirst()
        .map(RelationshipColumn::description);
  }
}
