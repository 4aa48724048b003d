package io.vtsql.adapter.catalog;

import static java.util.Objects.requireNonNull;

/**
 * One column of a relationship or child table: the parent id, a column of the target object or
 * record (a {@link VtColumn} read from it), the target's type, the descriptor's context attributes,
 * or a child record's map key or scalar value.
 *
 * @param kind where the value comes from
 * @param name SQL column name
 * @param target the target column for {@link Kind#TARGET}, else null
 * @param description one line for users
 */
public record RelationshipColumn(Kind kind, String name, VtColumn target, String description) {

  /** Where a relationship column's value comes from. */
  public enum Kind {
    /** The id of the parent object the relationship was asked of. */
    PARENT_ID,
    /** A column of the related object. */
    TARGET,
    /** The related object's {@code type} (polymorphic and generic targets). */
    TARGET_TYPE,
    /** The descriptor's {@code context_attributes} as JSON text. */
    CONTEXT_ATTRIBUTES,
    /** The key of a record of a child table over a JSON map. */
    MAP_KEY,
    /** The scalar record of a child table over a JSON array of values. */
    ELEMENT_VALUE
  }

  public RelationshipColumn {
    requireNonNull(kind, "kind");
    requireNonNull(name, "name");
    requireNonNull(description, "description");
    if ((kind == Kind.TARGET) != (target != null)) {
      throw new IllegalArgumentException("a target column needs exactly a VtColumn: " + name);
    }
  }

  /** A column of the related object. */
  public static RelationshipColumn target(VtColumn column) {
    return new RelationshipColumn(Kind.TARGET, column.name(), column, column.description());
  }

  /** SQL type of the column. */
  public VtColumnType type() {
    return kind == Kind.TARGET ? target.type() : VtColumnType.VARCHAR;
  }

  /** Whether a relationship descriptor ({@code {type, id, context_attributes}}) carries it. */
  public boolean inDescriptor() {
    return kind == Kind.TARGET
        ? target.inDescriptor()
        : kind != Kind.MAP_KEY && kind != Kind.ELEMENT_VALUE;
  }
}
