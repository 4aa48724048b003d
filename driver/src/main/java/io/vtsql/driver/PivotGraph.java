package io.vtsql.driver;

import io.vtsql.adapter.catalog.Catalog;
import io.vtsql.adapter.catalog.RelationshipDef;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The objects of a pivot's result and the relationships that joined them. Each result column is
 * traced to the table it reads (JDBC's {@code getTableName}); per row, the columns of one table
 * describe one object: a core table's {@code id}, or a relationship table's {@code id} / {@code
 * target_id}. A relationship table also gives an edge from its parent (its parent-id column, or
 * else the nearest object of the parent's type earlier in the row) to its target.
 */
record PivotGraph(List<Node> nodes, List<Edge> edges) {
  private static final Map<String, RelationshipDef> RELATIONSHIPS = relationships();

  /**
   * One object.
   *
   * @param type VirusTotal object type (file, domain, ...)
   * @param id object id
   * @param label what the picture shows
   * @param malicious engines flagging it, or null where the result does not say
   */
  record Node(String type, String id, String label, Integer malicious) {
    String key() {
      return type + "/" + id;
    }
  }

  /** A relationship from one object to another, named as in VirusTotal. */
  record Edge(String source, String target, String relationship) {}

  /** Reads the whole result set into a graph. */
  static PivotGraph of(ResultSet rows) throws SQLException {
    List<TableColumns> tables = TableColumns.of(rows.getMetaData());
    Map<String, Node> nodes = new LinkedHashMap<>();
    Map<Edge, Edge> edges = new LinkedHashMap<>();
    while (rows.next()) {
      List<Node> inRow = new ArrayList<>();
      for (TableColumns table : tables) {
        Optional<Node> node = table.node(rows);
        node.ifPresent(n -> nodes.merge(n.key(), n, PivotGraph::richer));
        if (table.relationship != null && node.isPresent()) {
          parentKey(table, rows, inRow)
              .ifPresent(
                  parent -> {
                    Edge edge = new Edge(parent, node.get().key(), table.relationship.name());
                    edges.putIfAbsent(edge, edge);
                  });
        }
        node.ifPresent(inRow::add);
      }
    }
    return new PivotGraph(List.copyOf(nodes.values()), List.copyOf(edges.values()));
  }

  private static Optional<String> parentKey(TableColumns table, ResultSet rows, List<Node> earlier)
      throws SQLException {
    String parentType = table.relationship.source().objectType();
    Integer parentColumn = table.columns.get(table.relationship.parentColumn());
    if (parentColumn != null) {
      String parentId = rows.getString(parentColumn);
      return Optional.ofNullable(parentId).map(id -> parentType + "/" + id);
    }
    for (int i = earlier.size() - 1; i >= 0; i--) {
      if (earlier.get(i).type().equals(parentType)) {
        return Optional.of(earlier.get(i).key());
      }
    }
    return Optional.empty();
  }

  /** Of two rows describing one object, the one that says more. */
  private static Node richer(Node a, Node b) {
    return a.malicious() == null && b.malicious() != null ? b : a;
  }

  private static Map<String, RelationshipDef> relationships() {
    Map<String, RelationshipDef> map = new LinkedHashMap<>();
    Catalog.relationships().forEach(def -> map.put(def.tableName(), def));
    return map;
  }

  /** The result columns that read one table, by column name (1-based JDBC index). */
  private static final class TableColumns {
    private final String table;
    private final RelationshipDef relationship;
    private final Map<String, Integer> columns = new LinkedHashMap<>();

    private TableColumns(String table) {
      this.table = table;
      this.relationship = RELATIONSHIPS.get(table);
    }

    static List<TableColumns> of(ResultSetMetaData meta) throws SQLException {
      Map<String, TableColumns> byTable = new LinkedHashMap<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        String table = meta.getTableName(i);
        if (table == null
            || !(Catalog.byTable(table).isPresent() || RELATIONSHIPS.containsKey(table))) {
          continue;
        }
        byTable
            .computeIfAbsent(table, TableColumns::new)
            .columns
            .putIfAbsent(meta.getColumnName(i), i);
      }
      return List.copyOf(byTable.values());
    }

    /** The object this table's columns describe in the current row, if its id is there. */
    Optional<Node> node(ResultSet rows) throws SQLException {
      Integer idColumn = columns.getOrDefault("id", columns.get("target_id"));
      if (idColumn == null || rows.getString(idColumn) == null) {
        return Optional.empty();
      }
      String id = rows.getString(idColumn);
      String type = type(rows);
      Integer malicious = null;
      if (columns.containsKey("malicious")) {
        int value = rows.getInt(columns.get("malicious"));
        malicious = rows.wasNull() ? null : value;
      }
      return Optional.of(new Node(type, id, label(rows, id), malicious));
    }

    private String type(ResultSet rows) throws SQLException {
      if (relationship == null) {
        return Catalog.byTable(table).orElseThrow().objectType();
      }
      if (columns.containsKey("target_type")) {
        String type = rows.getString(columns.get("target_type"));
        if (type != null) {
          return type;
        }
      }
      return relationship.targetTypes().size() == 1 ? relationship.targetTypes().get(0) : "object";
    }

    private String label(ResultSet rows, String id) throws SQLException {
      for (String name : List.of("meaningful_name", "url")) {
        if (columns.containsKey(name) && rows.getString(columns.get(name)) != null) {
          return rows.getString(columns.get(name));
        }
      }
      return id;
    }
  }
}
