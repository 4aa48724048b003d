package io.vtsql.adapter.catalog;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One VirusTotal object type as the catalogue declares it: its table, point-lookup keys, the
 * endpoint that scans it with the grammar WHERE and ORDER BY are pushed into, its columns,
 * relationships and child tables. The Calcite schema, JDBC remarks, EXPLAIN and the generated docs
 * all read from here; each type is declared once, in {@code catalog.types}.
 */
public final class ObjectType implements TableDef {
  private final String objectType;
  private final String tableName;
  private final String collectionPath;
  private final List<String> itemTypes;
  private final boolean table;
  private final String description;
  private final List<VtColumn> columns;
  private final Map<String, IdForm> keys;
  private final ScanEndpoint scan;
  private final Privilege privilege;
  private final List<RelationshipDef> relationships;
  private final List<ChildTable> children;
  private final ParentInId parentInId;
  private final Map<String, String> relationshipCollections;
  private final Writes writes;
  private final Map<String, Writes> relationshipWrites;

  /**
   * Objects whose id names the parent of a relationship they are reached by, e.g. a sandbox report
   * {@code <sha256>_<sandbox>} of the file's {@code behaviours}.
   */
  private record ParentInId(
      String sourceType, String relationship, Function<String, Optional<String>> parentId) {}

  private ObjectType(Builder b) {
    this.objectType = b.objectType;
    this.tableName = b.tableName;
    this.collectionPath = b.collectionPath;
    this.itemTypes = b.itemTypes == null ? List.of(objectType) : b.itemTypes;
    this.table = b.table;
    this.description = requireNonNull(b.description, "description of " + b.tableName);
    this.columns = b.columns.build();
    this.keys = Catalogs.ordered(b.keys);
    this.scan = b.scan;
    this.privilege = b.privilege;
    final List<RelationshipDef> rels = new ArrayList<>();
    for (String[] row : b.relationshipRows) {
      rels.add(
          new RelationshipDef(
              this,
              row[0],
              List.of(row[1].split("\\|")),
              row[2].contains("1"),
              row[2].contains("E"),
              row[3],
              !row[2].contains("F")));
    }
    this.relationships = List.copyOf(rels);
    this.children = b.children.stream().map(c -> c.build(this)).toList();
    this.parentInId = b.parentInId;
    this.relationshipCollections = Map.copyOf(b.relationshipCollections);
    relationshipCollections
        .keySet()
        .forEach(
            n ->
                relationship(n)
                    .orElseThrow(
                        () -> new IllegalStateException(tableName + " relationship " + n)));
    this.writes = b.writes;
    this.relationshipWrites = Map.copyOf(b.relationshipWrites);
    for (String rel : relationshipWrites.keySet()) {
      relationship(rel).orElseThrow(() -> new IllegalStateException(tableName + " writes " + rel));
    }
    for (String key : keys.keySet()) {
      column(key).orElseThrow(() -> new IllegalStateException(tableName + " key " + key));
    }
    scan()
        .ifPresent(
            s ->
                s.modifiers()
                    .keySet()
                    .forEach(
                        c ->
                            column(c)
                                .orElseThrow(
                                    () ->
                                        new IllegalStateException(
                                            tableName + " modifier column " + c))));
  }

  /** The rows of {@code base} as another endpoint scans them: see {@link #scannedBy}. */
  private ObjectType(ObjectType base, String tableName, ScanEndpoint scan) {
    this.objectType = base.objectType;
    this.tableName = tableName;
    this.collectionPath = base.collectionPath;
    this.itemTypes = base.itemTypes;
    this.table = true;
    this.description = base.description;
    this.columns = base.columns;
    this.keys = Map.of();
    this.scan = scan;
    this.privilege = scan.privilege();
    this.relationships = List.of();
    this.children = List.of();
    this.parentInId = null;
    this.relationshipCollections = Map.of();
    this.writes = Writes.NONE;
    this.relationshipWrites = Map.of();
  }

  /**
   * This type's columns as the rows of another endpoint that returns its objects ({@code GET
   * /search}), named {@code tableName}: no keys (every condition is checked locally), relationships
   * or child tables, and the endpoint's privilege.
   */
  public ObjectType scannedBy(String tableName, ScanEndpoint endpoint) {
    return new ObjectType(this, tableName, endpoint);
  }

  /** Starts the declaration of the type VirusTotal calls {@code objectType}. */
  public static Builder builder(String objectType, String tableName) {
    return new Builder(objectType, tableName);
  }

  /** Object type as VirusTotal writes it in {@code data[].type}, e.g. {@code ip_address}. */
  public String objectType() {
    return objectType;
  }

  /** Name of the SQL table in schema {@code vt}: the API's collection name. */
  @Override
  public String tableName() {
    return tableName;
  }

  /** Collection path, e.g. {@code /files}; a point lookup is {@code collectionPath/{id}}. */
  public String collectionPath() {
    return collectionPath;
  }

  /**
   * The {@code data[].type} of the objects the type's endpoints serve: its own type, unless its
   * rows are objects of other types (file objects with notification context, the IoC stream's
   * files, URLs, domains and IP addresses).
   */
  public List<String> itemTypes() {
    return itemTypes;
  }

  /**
   * The collection as the client names it in object paths, e.g. {@code files} or {@code
   * private/files}.
   */
  public String collection() {
    return collectionPath.substring(1);
  }

  /**
   * The collection a relationship is read under when VirusTotal documents it outside the type's own
   * ({@code GET /private/file/{id}/behaviours}), if it is; such a relationship has no {@code
   * /relationships/} descriptor form.
   */
  public Optional<String> relationshipCollection(String relationship) {
    return Optional.ofNullable(relationshipCollections.get(relationship));
  }

  /** Whether the type is a table (false: only reached as a relationship's target). */
  public boolean isTable() {
    return table;
  }

  /** One line for users: what a row is. */
  public String description() {
    return description;
  }

  @Override
  public String remark() {
    return description;
  }

  @Override
  public Optional<String> columnRemark(String column) {
    return column(column).map(VtColumn::description);
  }

  /** Columns in their SQL order ({@code id} first, {@code attributes} last). */
  public List<VtColumn> columns() {
    return columns;
  }

  /** Finds a column by name, ignoring case. */
  public Optional<VtColumn> column(String name) {
    final String n = name.toLowerCase(Locale.ROOT);
    return columns.stream().filter(c -> c.name().equals(n)).findFirst();
  }

  /** Ordinal of a column in the table's row type. */
  public int ordinal(String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no column " + name + " in " + tableName);
  }

  /** Whether equality on the column identifies objects for {@code GET /collection/{id}}. */
  public boolean isKey(String column) {
    return keys.containsKey(column);
  }

  /** Key columns, for error messages. */
  public Set<String> keys() {
    return keys.keySet();
  }

  /** How a key column's values name objects. */
  public IdForm idForm(String column) {
    return requireNonNull(keys.get(column), () -> tableName + "." + column + " is no key");
  }

  /** The endpoint that scans the type without ids, if it has one. */
  public Optional<ScanEndpoint> scan() {
    return Optional.ofNullable(scan);
  }

  /** The intelligence search of the type, if it is searchable. */
  public Optional<SearchEndpoint> search() {
    return scan instanceof SearchEndpoint s ? Optional.of(s) : Optional.empty();
  }

  /** The modifier a column's predicates become on the scan endpoint, if any. */
  public Optional<ModifierSpec> modifier(String column) {
    return scan().map(s -> s.modifiers().get(column));
  }

  /** Every pushable column, in declaration order. */
  public List<ModifierSpec> modifiers() {
    return scan().map(s -> List.copyOf(s.modifiers().values())).orElse(List.of());
  }

  /** The {@code order} field the scan endpoint sorts a column by, if it is an allowed order. */
  public Optional<String> orderField(String column) {
    return scan().map(s -> s.orders().get(column));
  }

  /** Columns the scan endpoint can order by, for error messages. */
  public Set<String> orderColumns() {
    return scan().map(s -> s.orders().keySet()).orElse(Set.of());
  }

  /** What a key needs to read objects of the type by id. */
  public Privilege privilege() {
    return privilege;
  }

  /** The type's relationships, by name. */
  public List<RelationshipDef> relationships() {
    return relationships;
  }

  /** Finds a relationship by name. */
  public Optional<RelationshipDef> relationship(String name) {
    return relationships.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  /** Tables of the nested records of the type's objects. */
  public List<ChildTable> children() {
    return children;
  }

  /**
   * The parent id an object id of this type names when it is reached by {@code relationship} (empty
   * when the id names none), if the type declares it.
   */
  public Optional<Function<String, Optional<String>>> parentInId(RelationshipDef relationship) {
    return Optional.ofNullable(parentInId)
        .filter(
            p ->
                p.relationship().equals(relationship.name())
                    && p.sourceType().equals(relationship.source().objectType()))
        .map(ParentInId::parentId);
  }

  @Override
  public Writes writes() {
    return writes;
  }

  /** What a relationship's table accepts as writes (adding and removing related objects). */
  public Writes relationshipWrites(String relationship) {
    return relationshipWrites.getOrDefault(relationship, Writes.NONE);
  }

  @Override
  public String toString() {
    return tableName;
  }

  /** Collects one type's declaration. */
  public static final class Builder {
    private final String objectType;
    private final String tableName;
    private String collectionPath;
    private List<String> itemTypes;
    private boolean table = true;
    private String description;
    private Columns columns;
    private final Map<String, IdForm> keys = new LinkedHashMap<>();
    private ScanEndpoint scan;
    private Privilege privilege = Privilege.PUBLIC;
    private String[][] relationshipRows = {};
    private final List<ChildTable.Builder> children = new ArrayList<>();
    private ParentInId parentInId;
    private final Map<String, String> relationshipCollections = new LinkedHashMap<>();
    private Writes writes = Writes.NONE;
    private final Map<String, Writes> relationshipWrites = new LinkedHashMap<>();

    private Builder(String objectType, String tableName) {
      this.objectType = requireNonNull(objectType, "objectType");
      this.tableName = requireNonNull(tableName, "tableName");
      this.collectionPath = "/" + tableName;
    }

    /**
     * The collection path when it is not {@code /<table>}, e.g. {@code
     * /intelligence/hunting_rulesets}: lookups, relationships and child tables are read below it.
     */
    public Builder collectionPath(String value) {
      if (!value.startsWith("/") || value.endsWith("/")) {
        throw new IllegalArgumentException("collection path " + value + " of " + tableName);
      }
      this.collectionPath = value;
      return this;
    }

    /**
     * The object types the type's endpoints serve as rows when they are not {@code objectType}
     * (e.g. {@code file} for the files of Livehunt notifications).
     */
    public Builder itemTypes(String... types) {
      this.itemTypes = List.of(types);
      return this;
    }

    /**
     * Reads {@code relationship} with {@code GET /<collection>/{id}/<relationship>} under another
     * collection than the type's (e.g. {@code private/file}), where VirusTotal documents it so.
     */
    public Builder relationshipCollection(String relationship, String collection) {
      relationshipCollections.put(relationship, collection);
      return this;
    }

    /** What a row is, one line. */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /** The columns, {@code id} first (the builder adds {@code attributes} last). */
    public Builder columns(Columns value) {
      this.columns = value;
      return this;
    }

    /** A column whose equality is a point lookup, and the form of its values. */
    public Builder key(String column, IdForm form) {
      keys.put(column, form);
      return this;
    }

    /** The endpoint that scans the type. */
    public Builder scan(ScanEndpoint value) {
      this.scan = value;
      return this;
    }

    /**
     * Declares a type that has no table of its own: it is reached through relationships (and its
     * collection path still serves the child tables of its objects).
     */
    public Builder targetOnly() {
      this.table = false;
      return this;
    }

    /** What a key needs to read the type's objects (public by default). */
    public Builder privilege(Privilege value) {
      this.privilege = value;
      return this;
    }

    /**
     * Relationship rows: name, target type(s) separated by {@code |}, flags ({@code E}
     * premium-only, {@code 1} one-to-one, {@code F} full objects only: no {@code /relationships/}
     * descriptor endpoint), description.
     */
    public Builder relationships(String[][] rows) {
      this.relationshipRows = rows.clone();
      return this;
    }

    /** A child table of a nested array or map of the objects. */
    public Builder child(ChildTable.Builder child) {
      children.add(child);
      return this;
    }

    /** Several child tables. */
    public Builder children(List<ChildTable.Builder> more) {
      children.addAll(more);
      return this;
    }

    /**
     * Declares that an object's id names the parent it has under the {@code relationship} of {@code
     * sourceType}, so {@code id = ...} on that relationship's table finds its parent.
     */
    public Builder parentInId(
        String sourceType, String relationship, Function<String, Optional<String>> parentId) {
      this.parentInId = new ParentInId(sourceType, relationship, parentId);
      return this;
    }

    /** What the type's own table accepts as writes. */
    public Builder writes(Writes value) {
      this.writes = requireNonNull(value, "writes");
      return this;
    }

    /** What the table of one of the type's relationships accepts as writes. */
    public Builder writes(String relationship, Writes value) {
      relationshipWrites.put(relationship, requireNonNull(value, "writes"));
      return this;
    }

    /** The declared type. */
    public ObjectType build() {
      requireNonNull(columns, "columns of " + tableName);
      return new ObjectType(this);
    }
  }
}
