package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.adapter.catalog.Catalog;
import io.vtsql.adapter.catalog.ModifierSpec;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.types.IpAddresses;
import io.vtsql.adapter.pushdown.IpInTerms;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/pushdown.md's modifier and order tables are generated from the catalogue declarations (run
 * with {@code -Dvtsql.updateDocs=true} to rewrite them), and docs/search-language.md documents the
 * semantics of every modifier vtsql can send.
 */
class PushdownDocTest {
  @Test
  void docListsEveryModifierAndOrder() throws Exception {
    GeneratedDocSection.check("pushdown.md", PushdownDocTest.class, generate());
  }

  @Test
  void searchLanguageDocumentsEveryModifierSent() throws Exception {
    final String doc =
        Files.readString(
            Path.of("").toAbsolutePath().getParent().resolve("docs").resolve("search-language.md"),
            StandardCharsets.UTF_8);
    final String sent = doc.substring(doc.indexOf("## 0."), doc.indexOf("## 1."));
    final List<String> missing = new ArrayList<>();
    for (ObjectType entity : Catalog.tables()) {
      for (ModifierSpec s : entity.modifiers()) {
        if (!sent.contains("`" + s.modifier() + ":`")) {
          missing.add(s.modifier());
        }
      }
    }
    if (!sent.contains("`" + IpInTerms.SPEC.modifier() + ":`")) {
      missing.add(IpInTerms.SPEC.modifier());
    }
    assertTrue(missing.isEmpty(), "search-language.md §0 does not describe " + missing);
  }

  private static String generate() {
    final StringBuilder b =
        new StringBuilder(
            "\n| table | column | SQL pushed | term sent |" + " exact? |\n|---|---|---|---|---|\n");
    for (ObjectType entity : Catalog.tables()) {
      for (ModifierSpec s : entity.modifiers()) {
        b.append("| ")
            .append(entity.tableName())
            .append(" | `")
            .append(s.column())
            .append("` | ")
            .append(sql(s.kind()))
            .append(" | ")
            .append(terms(s))
            .append(" | ")
            .append(exactness(s))
            .append(" |\n");
      }
      if (entity == IpAddresses.TYPE) {
        final ModifierSpec s = IpInTerms.SPEC;
        b.append("| ")
            .append(entity.tableName())
            .append(" | `")
            .append(s.column())
            .append("` | ")
            .append(sql(s.kind()))
            .append(" | ")
            .append(terms(s))
            .append(" | ")
            .append(exactness(s))
            .append(" |\n");
      }
    }
    b.append("\n| table | ORDER BY column | `order` sent |\n|---|---|---|\n");
    for (ObjectType entity : Catalog.tables()) {
      for (String column : entity.orderColumns()) {
        final String field = entity.orderField(column).orElseThrow();
        // a field declared with its direction is pushed in that direction only
        final boolean oneWay = field.endsWith("-") || field.endsWith("+");
        b.append("| ")
            .append(entity.tableName())
            .append(" | `")
            .append(column)
            .append("` | `")
            .append(
                oneWay
                    ? field + "` only (" + (field.endsWith("-") ? "DESC" : "ASC") + ")"
                    : field + "+` / `-`")
            .append(" |\n");
      }
    }
    return b.append('\n').toString();
  }

  private static String sql(ModifierSpec.Kind kind) {
    switch (kind) {
      case NUMBER:
      case DATE:
        return "`=` `<` `<=` `>` `>=` `BETWEEN` `IN` `IS NULL`";
      case LIST:
        return "`ARRAY_CONTAINS(col, x)`, `x = SOME(col)`";
      case TEXT:
        return "`=`, `IN` (not `LIKE`)";
      case CIDR:
        return "`vt_ip_in(id, block)`";
      case BOOLEAN:
        return "`col`, `NOT col`, `col IS TRUE`, `col IS FALSE`";
      default:
        return "`=`, `IN`";
    }
  }

  private static String terms(ModifierSpec s) {
    final String m = s.modifier() + ":";
    switch (s.kind()) {
      case NUMBER:
        return "`= n`: `"
            + m
            + "n`; `> n`: `"
            + m
            + "n+`; `>= n`: `"
            + m
            + "n-1+`; `< n`: `"
            + m
            + "n-`; `<= n`: `"
            + m
            + "n+1-`; `IS NULL`: `NOT "
            + m
            + "0+`";
      case DATE:
        return "`= T`: `"
            + m
            + "T` (that second); `> T`: `"
            + m
            + "T+`; `>= T`: `"
            + m
            + "T-1s+`; `< T`: `"
            + m
            + "T-`; `<= T`: `"
            + m
            + "T+1s-` (T as `YYYY-MM-DDTHH:MM:SS`,"
            + " UTC)";
      case TEXT:
        return "`" + m + "\"whole value\"`";
      case BOOLEAN:
        return "`" + m + "true` / `" + m + "false`";
      default:
        return "`" + m + "\"x\"`";
    }
  }

  private static String exactness(ModifierSpec s) {
    if (s.kind() == ModifierSpec.Kind.NUMBER || s.kind() == ModifierSpec.Kind.DATE) {
      return s.exact() ? "`<` `<=`: exact (documented strict `-`); others: superset" : "superset";
    }
    return s.exact() ? "exact" : "superset";
  }
}
