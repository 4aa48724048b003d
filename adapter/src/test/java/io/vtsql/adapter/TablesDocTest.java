package io.vtsql.adapter;

import io.vtsql.adapter.catalog.Catalog;
import io.vtsql.adapter.catalog.ChildTable;
import io.vtsql.adapter.catalog.DocumentTable;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.OwnUserTable;
import io.vtsql.adapter.catalog.Privilege;
import io.vtsql.adapter.catalog.RelationshipColumn;
import io.vtsql.adapter.catalog.RelationshipDef;
import io.vtsql.adapter.catalog.ScanEndpoint;
import io.vtsql.adapter.catalog.SearchEndpoint;
import io.vtsql.adapter.catalog.VtColumn;
import io.vtsql.adapter.catalog.VtColumnType;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.calcite.sql.parser.impl.SqlParserImpl;
import org.junit.jupiter.api.Test;

/**
 * docs/tables.md describes every table of the catalogue (how it is reached, a sample id, its
 * columns), every child and document table and the typed targets of relationship tables.
 */
class TablesDocTest {
  /** One relationship per non-core target type, whose table shows that type's columns. */
  private static final List<String[]> TARGET_EXAMPLES =
      List.of(
          new String[] {"domain", "resolutions"},
          new String[] {"domain", "historical_whois"},
          new String[] {"file", "comments"},
          new String[] {"file", "votes"},
          new String[] {"file", "behaviours"},
          new String[] {"url", "submissions"},
          new String[] {"url", "network_location"});

  @Test
  void docDescribesEveryColumn() throws Exception {
    GeneratedDocSection.check("tables.md", TablesDocTest.class, generate());
  }

  private static String generate() {
    final StringBuilder b = new StringBuilder();
    for (ObjectType entity : Catalog.tables()) {
      b.append("\n### `")
          .append(entity.tableName())
          .append("`\n\n")
          .append(entity.description())
          .append(".\n\n");
      access(b, entity);
      b.append("\n| column | type | description |\n|---|---|---|\n");
      for (VtColumn c : entity.columns()) {
        row(b, c.name(), c.type(), c.description());
      }
    }
    for (ChildTable child : Catalog.children()) {
      b.append("\n### `")
          .append(child.tableName())
          .append("` (child table)\n\n")
          .append(child.description())
          .append(": `")
          .append(child.endpoint(false))
          .append("`, the records of `")
          .append(child.recordPath())
          .append("`; filter or join on `")
          .append(child.parentColumn())
          .append("`.\n\n")
          .append("| column | type | description |\n|---|---|---|\n");
      for (RelationshipColumn c : child.columns()) {
        row(b, c.name(), c.type(), c.description());
      }
    }
    for (DocumentTable document : Catalog.documents()) {
      b.append("\n### `")
          .append(document.tableName())
          .append("` (document table)\n\n")
          .append(document.description())
          .append(": one `")
          .append(document.endpoint())
          .append("` reads every row (the `")
          .append(document.attribute())
          .append("` of its `data`); no filter or LIMIT needed.\n\n")
          .append("| column | type | description |\n|---|---|---|\n");
      for (RelationshipColumn c : document.columns()) {
        row(b, c.name(), c.type(), c.description());
      }
    }
    for (OwnUserTable own : Catalog.ownUserTables()) {
      b.append("\n### `")
          .append(own.tableName())
          .append("` (the connection's own user)\n\n")
          .append(own.remark())
          .append(": `")
          .append(own.source().endpoint(false))
          .append("` with `vtUser` as `")
          .append(own.source().parentColumn())
          .append("`; the columns of `")
          .append(own.source().tableName())
          .append("`.\n");
    }
    for (String[] example : TARGET_EXAMPLES) {
      final RelationshipDef def =
          Catalog.bySearchEntity(example[0]).orElseThrow().relationship(example[1]).orElseThrow();
      b.append("\n### `")
          .append(def.tableName())
          .append("` (")
          .append(def.targetLabel())
          .append(" objects)\n\n")
          .append("| column | type | description |\n|---|---|---|\n");
      for (RelationshipColumn c : def.columns()) {
        row(b, c.name(), c.type(), c.description());
      }
    }
    return b.append('\n').toString();
  }

  /** How a table is reached: point lookups, its scan endpoint, privileges and a sample id. */
  private static void access(StringBuilder b, ObjectType t) {
    if (!t.keys().isEmpty()) {
      b.append("* Point lookup: `GET ")
          .append(t.collectionPath())
          .append("/{id}` for ")
          .append(t.keys().stream().map(k -> "`" + k + "`").collect(Collectors.joining(", ")))
          .append(" = / IN")
          .append(t.privilege() == Privilege.PREMIUM ? " (premium keys)" : "")
          .append(".\n");
    }
    if (t.scan().isEmpty()) {
      b.append("* No list endpoint: without ids the table is read through relationships.\n");
    }
    t.scan()
        .filter(ScanEndpoint::complete)
        .ifPresent(
            s ->
                b.append("* Scan: `GET ")
                    .append(s.path())
                    .append(
                        "`, the whole list in one request: no condition or LIMIT" + " needed.\n"));
    t.scan()
        .filter(s -> !s.complete())
        .ifPresent(
            s -> {
              b.append("* Scan: `GET ").append(s.path()).append('`');
              if (s instanceof SearchEndpoint search) {
                b.append(" with `entity:").append(search.entity()).append('`');
              }
              b.append(s.privilege() == Privilege.PREMIUM ? " (premium keys)" : "")
                  .append(", pages of at most ")
                  .append(s.pageMax())
                  .append("; pushed: ")
                  .append(
                      s.modifiers().isEmpty()
                          ? "nothing"
                          : s.modifiers().values().stream()
                              .map(m -> "`" + m.column() + "` as `" + m.modifier() + ":`")
                              .collect(Collectors.joining(", ")))
                  .append("; ORDER BY: ")
                  .append(
                      s.orders().isEmpty()
                          ? "none"
                          : s.orders().entrySet().stream()
                              .map(
                                  o ->
                                      "`"
                                          + o.getKey()
                                          + "`"
                                          + (o.getValue().endsWith("-")
                                              ? " (DESC only)"
                                              : o.getValue().endsWith("+") ? " (ASC only)" : ""))
                              .collect(Collectors.joining(", ")))
                  .append(".\n");
            });
    DemoSamples.of(t.tableName())
        .ifPresent(
            id ->
                b.append("* Try: `SELECT * FROM ")
                    .append(identifier(t.tableName()))
                    .append(" WHERE id = '")
                    .append(id)
                    .append("'` (demo corpus).\n"));
  }

  /** A table name as SQL must write it: quoted when it is a reserved word ({@code groups}). */
  private static String identifier(String name) {
    return SqlParserImpl.FACTORY
            .getParser(new StringReader(""))
            .getMetadata()
            .isReservedWord(name.toUpperCase(Locale.ROOT))
        ? "\"" + name + "\""
        : name;
  }

  private static void row(StringBuilder b, String name, VtColumnType type, String description) {
    b.append("| `")
        .append(name)
        .append("` | ")
        .append(
            (type == VtColumnType.VARCHAR_ARRAY ? "VARCHAR ARRAY" : type.sqlTypeName().getName()))
        .append(" | ")
        .append(description)
        .append(" |\n");
  }
}
