package io.vtsql.adapter.table;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.VtBackend;
import io.vtsql.adapter.catalog.Catalog;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.types.Files;
import io.vtsql.adapter.query.SearchExpr;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.TableMacro;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.util.NlsString;

/**
 * {@code vt_search('entity:url title:"login" ...')}: the raw escape hatch to the full search
 * language. The {@code entity:} term of the (constant) query picks the row type, files when absent
 * as in VirusTotal; WHERE, ORDER BY and LIMIT around it are still pushed down.
 */
public final class VtSearchMacro implements TableMacro {
  private static final Pattern ENTITY = Pattern.compile("(?i)(?<![\\w\"])entity:([A-Za-z_]+)");

  private final VtBackend backend;

  VtSearchMacro(VtBackend backend) {
    this.backend = requireNonNull(backend, "backend");
  }

  @Override
  public List<FunctionParameter> getParameters() {
    return List.of(
        new FunctionParameter() {
          @Override
          public int getOrdinal() {
            return 0;
          }

          @Override
          public String getName() {
            return "query";
          }

          @Override
          public RelDataType getType(RelDataTypeFactory typeFactory) {
            return ((JavaTypeFactory) typeFactory).createType(String.class);
          }

          @Override
          public boolean isOptional() {
            return false;
          }
        });
  }

  @Override
  public TranslatableTable apply(List<?> arguments) {
    final Object arg = arguments.get(0);
    final String text =
        arg instanceof NlsString nls ? nls.getValue() : arg instanceof String s ? s : null;
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(
          "vt_search needs a constant, non-empty query, e.g."
              + " vt_search('entity:file p:5+'); got "
              + (arg == null ? "null" : arg.getClass()));
    }
    ObjectType entity = Files.TYPE;
    final Matcher m = ENTITY.matcher(text);
    if (m.find()) {
      final String name = m.group(1);
      entity =
          Catalog.bySearchEntity(name)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "vt_search: unsupported entity '"
                              + name
                              + "'; use file, url, domain or ip"));
      if (m.find()) {
        throw new IllegalArgumentException("vt_search: give entity: at most once");
      }
    }
    final String rest = ENTITY.matcher(text).replaceAll(" ").strip();
    return VtTable.of(entity, backend, rest.isEmpty() ? null : new SearchExpr.Raw(rest));
  }
}
