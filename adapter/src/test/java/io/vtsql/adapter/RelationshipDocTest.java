package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/relationships.md lists every relationship table: its generated section must equal the
 * catalogue. Run with {@code -Dvtsql.updateDocs=true} to rewrite that section.
 */
class RelationshipDocTest {
  private static final String BEGIN = "<!-- BEGIN GENERATED: RelationshipDocTest -->\n";
  private static final String END = "<!-- END GENERATED -->\n";

  @Test void docListsEveryRelationshipTable() throws Exception {
    final Path doc = Path.of("").toAbsolutePath().getParent().resolve("docs/relationships.md");
    final String text = Files.readString(doc, StandardCharsets.UTF_8);
    final int begin = text.indexOf(BEGIN);
    final int end = text.indexOf(END);
    assertTrue(begin >= 0 && end > begin, "markers missing in " + doc);
    final String current = text.substring(begin + BEGIN.length(), end);
    final String generated = generate();
    if (Boolean.getBoolean("vtsql.updateDocs")) {
      Files.writeString(doc, text.substring(0, begin + BEGIN.length()) + generated
          + text.substring(end), StandardCharsets.UTF_8);
      return;
    }
    assertEquals(generated, current, doc + " is out of date: rerun this test with"
        + " -Dvtsql.updateDocs=true");
  }

  private static String generate() {
    final StringBuilder b = new StringBuilder();
    for (VtEntity source : VtEntity.values()) {
      b.append("\n### ").append(source.tableName()).append("\n\n")
          .append("| table | parent column | target | cardinality | premium only | description |\n")
          .append("|---|---|---|---|---|---|\n");
      for (RelationshipDef r : RelationshipCatalogue.of(source)) {
        b.append("| `").append(r.tableName()).append("` | `").append(r.parentColumn())
            .append("` | ").append(r.targetLabel().replace("|", " or ")).append(" | ")
            .append(r.toOne() ? "1:1" : "1:N").append(" | ").append(r.premium() ? "yes" : "no")
            .append(" | ").append(r.description()).append(" |\n");
      }
    }
    return b.append('\n').toString();
  }
}
