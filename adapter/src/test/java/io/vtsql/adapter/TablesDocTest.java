package io.vtsql.adapter;

import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/tables.md describes every column of the core tables and of the typed targets. */
class TablesDocTest {
  /** One relationship per non-core target type, whose table shows that type's columns. */
  private static final List<String[]> TARGET_EXAMPLES = List.of(
      new String[] {"domain", "resolutions"},
      new String[] {"domain", "historical_whois"},
      new String[] {"file", "comments"},
      new String[] {"file", "votes"},
      new String[] {"url", "submissions"},
      new String[] {"url", "network_location"});

  @Test void docDescribesEveryColumn() throws Exception {
    GeneratedDocSection.check("tables.md", TablesDocTest.class, generate());
  }

  private static String generate() {
    final StringBuilder b = new StringBuilder();
    for (VtEntity entity : VtEntity.values()) {
      b.append("\n### `").append(entity.tableName()).append("`\n\n")
          .append("| column | type | description |\n|---|---|---|\n");
      for (VtColumn c : VtCatalogue.columns(entity)) {
        row(b, c.name(), c.type(), c.description());
      }
    }
    for (String[] example : TARGET_EXAMPLES) {
      final RelationshipDef def = RelationshipCatalogue.find(
          VtEntity.fromSearchEntity(example[0]).orElseThrow(), example[1])
          .orElseThrow();
      b.append("\n### `").append(def.tableName()).append("` (").append(def.targetLabel())
          .append(" objects)\n\n").append("| column | type | description |\n|---|---|---|\n");
      for (RelationshipColumn c : TargetColumns.of(def)) {
        row(b, c.name(), c.type(), c.description());
      }
    }
    return b.append('\n').toString();
  }

  private static void row(StringBuilder b, String name, VtColumnType type, String description) {
    b.append("| `").append(name).append("` | ").append((type == VtColumnType.VARCHAR_ARRAY ? "VARCHAR ARRAY" : type.sqlTypeName().getName())).append(" | ")
        .append(description).append(" |\n");
  }
}
