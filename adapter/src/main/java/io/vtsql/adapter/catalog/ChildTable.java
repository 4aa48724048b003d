package io.vtsql.adapter.catalog;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rows of one nested array or map of an object type's objects, e.g. a file's engine verdicts
 * ({@code file_last_analysis_results}, one row per engine): read by looking the parent objects up,
 * so it needs parent ids like a relationship table.
 */
public final class ChildTable implements ParentTable {
  private final ObjectType parent;
  private final String attribute;
  private final Shape shape;
  private final String keyColumn;
  private final String keyDescription;
  private final String valueColumn;
  private final List<VtColumn> columns;
  private final String description;
  private final String subresource;
  private final List<Unnest> unnests;
  private final Entries entries;
  private final DateWindow window;

  /**
   * One level of nesting below the records: each record becomes the objects of its {@code array},
   * each carrying the enclosing record (without the array) under {@code outer} when that is set.
   */
  public record Unnest(String array, String outer) {}

  /**
   * Each record's fields become records of their own, {@code {keyField: name, valueField: value}},
   * e.g. a day's {@code {"files": 3, "urls": 2}} of API usage one row per endpoint.
   */
  public record Entries(String keyField, String valueField) {}

  /** How the nested records are laid out. */
  public enum Shape {
    /** A JSON array of objects; element columns read paths inside each object. */
    OBJECTS,
    /** A JSON object keyed by name (e.g. engine), each value an object. */
    MAP,
    /** A JSON array of scalars, one value column. */
    VALUES,
    /** A JSON object keyed by name whose values are scalars: a key and a value column. */
    VALUE_MAP
  }

  private ChildTable(Builder b, ObjectType parent) {
    this.parent = parent;
    this.attribute = b.attribute;
    this.shape = b.shape;
    this.keyColumn = b.keyColumn;
    this.keyDescription = b.keyDescription;
    this.valueColumn = b.valueColumn();
    this.columns = b.columns.plain();
    this.description = b.description;
    this.subresource = b.subresource;
    this.unnests = List.copyOf(b.unnests);
    this.entries = b.entries;
    this.window = b.window;
  }

  /** Starts a child table of the dotted attribute path holding the records. */
  public static Builder of(String attribute, Shape shape, String description) {
    return new Builder(attribute, shape, description);
  }

  /** The type whose objects hold the records. */
  @Override
  public ObjectType source() {
    return parent;
  }

  /**
   * Records of the type of the parent objects' attribute, e.g. {@code file.last_analysis_results}.
   */
  @Override
  public String targetLabel() {
    return parent.objectType() + qualified(".");
  }

  /** Readable exactly when the parent objects are. */
  @Override
  public Privilege privilege() {
    return parent.privilege();
  }

  /** A parent holds any number of records. */
  @Override
  public boolean oneRowPerParent() {
    return false;
  }

  /** The parent object holds every record. */
  @Override
  public boolean singleRequest() {
    return true;
  }

  /** Dotted attribute path of the array or map. */
  public String attribute() {
    return attribute;
  }

  /** How the records are laid out. */
  public Shape shape() {
    return shape;
  }

  /**
   * The sub-resource of the parent whose {@code data} holds the records (e.g. {@code
   * behaviour_summary}), or empty when the parent object's attributes hold them.
   */
  public Optional<String> subresource() {
    return Optional.ofNullable(subresource);
  }

  /** The levels of nesting each record is exploded into, outermost first. */
  public List<Unnest> unnests() {
    return unnests;
  }

  /** How each record's fields are exploded into records, if they are. */
  public Optional<Entries> entries() {
    return Optional.ofNullable(entries);
  }

  /** The day range the sub-resource must be asked for, if it takes one. */
  public Optional<DateWindow> window() {
    return Optional.ofNullable(window);
  }

  /** Where the records are, for docs, e.g. {@code data.*.tactics[].techniques[]}. */
  public String recordPath() {
    final StringBuilder b = new StringBuilder(attribute.isEmpty() ? "data" : attribute);
    if (!unnests.isEmpty() && shape == Shape.MAP) {
      b.append(".*");
    }
    unnests.forEach(u -> b.append('.').append(u.array()).append("[]"));
    return b.toString();
  }

  /** For {@link Shape#MAP} and {@link Shape#VALUE_MAP}, the column of each key; else null. */
  public String keyColumn() {
    return keyColumn;
  }

  /** For {@link Shape#VALUES} and {@link Shape#VALUE_MAP}, the column of each scalar. */
  public String valueColumn() {
    return valueColumn;
  }

  /** Columns read from each record (after the parent id and key column). */
  public List<VtColumn> elementColumns() {
    return columns;
  }

  /** One line for users. */
  @Override
  public String description() {
    return description;
  }

  /** SQL table name, e.g. {@code file_last_analysis_results}. */
  @Override
  public String tableName() {
    return parent.objectType() + qualified("_");
  }

  /** The sub-resource and the attribute, each after {@code separator}, dots as the separator. */
  private String qualified(String separator) {
    final String sub = subresource == null ? "" : separator + subresource;
    return sub + (attribute.isEmpty() ? "" : separator + attribute.replace(".", separator));
  }

  /** Name of the parent id column, e.g. {@code file_id}. */
  @Override
  public String parentColumn() {
    return parent.objectType() + "_id";
  }

  /**
   * {@code GET /files/{file_id}} (or its sub-resource, e.g. {@code .../behaviour_summary}): the
   * request that reads a parent's records.
   */
  @Override
  public String endpoint(boolean descriptors) {
    return "GET "
        + parent.collectionPath()
        + "/{"
        + parentColumn()
        + "}"
        + (subresource == null ? "" : "/" + subresource)
        + (window == null
            ? ""
            : "?"
                + window.startParam()
                + "=...&"
                + window.endParam()
                + "=... (at most "
                + window.maxDays()
                + " days per request, from a WHERE on "
                + window.column()
                + ")");
  }

  /** Columns of the table: parent id, key (maps), element columns, then the raw record. */
  @Override
  public List<RelationshipColumn> columns() {
    final List<RelationshipColumn> list = new ArrayList<>();
    list.add(
        new RelationshipColumn(
            RelationshipColumn.Kind.PARENT_ID,
            parentColumn(),
            null,
            "Id of the " + parent.objectType() + " holding the record"));
    list.addAll(recordColumns(shape, attribute, keyColumn, keyDescription, valueColumn, columns));
    return List.copyOf(list);
  }

  /**
   * The columns of the records of one attribute: the key (maps; described as {@code keyDescription}
   * when set), then the scalar (values) or the element columns and the whole record as raw JSON.
   */
  static List<RelationshipColumn> recordColumns(
      Shape shape,
      String attribute,
      String key,
      String keyDescription,
      String value,
      List<VtColumn> columns) {
    final List<RelationshipColumn> list = new ArrayList<>();
    if (key != null) {
      list.add(
          new RelationshipColumn(
              RelationshipColumn.Kind.MAP_KEY,
              key,
              null,
              keyDescription != null ? keyDescription : "Key of the record in " + attribute));
    }
    if (value != null) {
      list.add(
          new RelationshipColumn(
              RelationshipColumn.Kind.ELEMENT_VALUE, value, null, "One value of " + attribute));
    } else {
      columns.forEach(c -> list.add(RelationshipColumn.target(c)));
      list.add(
          RelationshipColumn.target(
              new VtColumn(
                  "attributes",
                  VtColumnType.VARCHAR,
                  VtColumn.Source.RAW_ATTRIBUTES,
                  List.of(),
                  "The whole record as raw JSON, for JSON_VALUE/JSON_QUERY")));
    }
    return list;
  }

  /** Collects one child table's declaration. */
  public static final class Builder {
    private final String attribute;
    private final Shape shape;
    private final String description;
    private String keyColumn;
    private String keyDescription;
    private String valueColumn = "value";
    private Columns columns = Columns.element();
    private String subresource;
    private final List<Unnest> unnests = new ArrayList<>();
    private Entries entries;
    private DateWindow window;

    private Builder(String attribute, Shape shape, String description) {
      this.attribute = requireNonNull(attribute, "attribute");
      this.shape = requireNonNull(shape, "shape");
      this.description = requireNonNull(description, "description");
    }

    /** For a map, the name of the column holding each key. */
    public Builder key(String column) {
      this.keyColumn = column;
      return this;
    }

    /** For a map, the name and the description of the column holding each key. */
    public Builder key(String column, String description) {
      this.keyDescription = requireNonNull(description, "description");
      return key(column);
    }

    /** For scalar records (values, value maps), the name of their column (default value). */
    public Builder value(String column) {
      this.valueColumn = requireNonNull(column, "column");
      return this;
    }

    /**
     * Reads the records from the {@code data} of the parent's sub-resource {@code GET
     * /{collection}/{id}/{name}} instead of the parent object (an empty attribute: {@code data}
     * itself).
     */
    public Builder from(String name) {
      this.subresource = requireNonNull(name, "name");
      return this;
    }

    /** Explodes each record into the objects of its {@code array}. */
    public Builder unnest(String array) {
      unnests.add(new Unnest(requireNonNull(array, "array"), null));
      return this;
    }

    /**
     * Explodes each record into the objects of its {@code array}, each keeping the enclosing record
     * (without the array) under {@code outer}, so columns read e.g. {@code tactic.name}.
     */
    public Builder unnest(String array, String outer) {
      unnests.add(new Unnest(requireNonNull(array, "array"), requireNonNull(outer, "outer")));
      return this;
    }

    /** Explodes each record's fields into records {@code {keyField: name, valueField: value}}. */
    public Builder entries(String keyField, String valueField) {
      this.entries =
          new Entries(
              requireNonNull(keyField, "keyField"), requireNonNull(valueField, "valueField"));
      return this;
    }

    /** The sub-resource takes a day range, given by a WHERE on the map key column. */
    public Builder window(DateWindow value) {
      this.window = requireNonNull(value, "window");
      return this;
    }

    /** Columns read from each record, paths relative to it. */
    public Builder columns(Columns value) {
      this.columns = value;
      return this;
    }

    ChildTable build(ObjectType parent) {
      return new ChildTable(checked(), parent);
    }

    /** This declaration after checking that its columns fit its shape. */
    Builder checked() {
      final boolean map = shape == Shape.MAP || shape == Shape.VALUE_MAP;
      if (map != (keyColumn != null)) {
        throw new IllegalStateException(attribute + ": a map child needs exactly a key column");
      }
      if (attribute.isEmpty() && subresource == null) {
        throw new IllegalStateException("a child table of the parent object needs an attribute");
      }
      if (window != null && (subresource == null || !window.column().equals(keyColumn))) {
        throw new IllegalStateException(
            attribute + ": a day window needs a sub-resource and its day as the key column");
      }
      if (!unnests.isEmpty() && (shape == Shape.VALUES || shape == Shape.VALUE_MAP)) {
        throw new IllegalStateException(attribute + ": only object records can be unnested");
      }
      return this;
    }

    private boolean scalar() {
      return shape == Shape.VALUES || shape == Shape.VALUE_MAP;
    }

    String attribute() {
      return attribute;
    }

    Shape shape() {
      return shape;
    }

    String description() {
      return description;
    }

    String keyColumn() {
      return keyColumn;
    }

    String keyDescription() {
      return keyDescription;
    }

    String valueColumn() {
      return scalar() ? valueColumn : null;
    }

    List<VtColumn> elementColumns() {
      return columns.plain();
    }
  }
}
