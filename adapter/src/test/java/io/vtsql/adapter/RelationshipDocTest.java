package io.vtsql.adapter;

import io.vtsql.adapter.catalog.Catalog;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.RelationshipDef;
import org.junit.jupiter.api.Test;

/**
 * docs/relationships.md lists every relationship table: its generated section must equal the
 * catalogue. Run with {@code -Dvtsql.updateDocs=true} to rewrite that section.
 */
class RelationshipDocTest {
  @Test
  void docListsEveryRelationshipTable() throws Exception {
    GeneratedDocSection.check("relationships.md", RelationshipDocTest.class, generate());
  }

  private static String generate() {
    final StringBuilder b = new StringBuilder();
    for (ObjectType source : Catalog.tables()) {
      if (source.relationships().isEmpty()) {
        continue;
      }
      b.append("\n### ")
          .append(source.tableName())
          .append("\n\n")
          .append("| table | parent column | target | cardinality | premium only | description |\n")
          .append("|---|---|---|---|---|---|\n");
      for (RelationshipDef r : source.relationships()) {
        b.append("| `")
            .append(r.tableName())
            .append("` | `")
            .append(r.parentColumn())
            .append("` | ")
            .append(r.targetLabel().replace("|", " or "))
            .append(" | ")
            .append(r.toOne() ? "1:1" : "1:N")
            .append(" | ")
            .append(r.premium() ? "yes" : "no")
            .append(" | ")
            .append(r.description())
            .append(" |\n");
      }
    }
    return b.append('\n').toString();
  }
}
