package io.vtsql.adapter.table;

import com.fasterxml.jackson.databind.JsonNode;
import io.vtsql.adapter.VtBackend;
import io.vtsql.client.VtForbiddenException;
import io.vtsql.client.VtNotFoundException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.CallImplementor;
import org.apache.calcite.adapter.enumerable.NullPolicy;
import org.apache.calcite.adapter.enumerable.RexImpTable;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.linq4j.tree.Types;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.ImplementableFunction;
import org.apache.calcite.schema.ScalarFunction;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The SQL function {@code vt_augment_url(ioc)}: the VT Augment widget URL of a file hash, URL,
 * domain or IP address, as {@code GET /widget/url?query=<ioc>} returns it (reference/widgeturl: an
 * ephemeral URL, valid for three days, to embed in an iframe). One request per distinct IoC while
 * the client's response cache holds it; the URL is VirusTotal's, the API key never appears in it.
 * NULL for a NULL IoC or one VirusTotal does not know.
 */
public final class VtAugmentFunction implements ScalarFunction, ImplementableFunction {
  /** Name under which the schema registers the function. */
  static final String NAME = "vt_augment_url";

  /** The request path. */
  static final String PATH = "/widget/url";

  private static final AtomicLong SCHEMAS = new AtomicLong();
  private static final Method URL =
      Types.lookupMethod(
          VtAugmentFunction.class, "url", DataContext.class, String.class, String.class);

  private final String schemaKey = "vt-schema-" + SCHEMAS.incrementAndGet();

  @Override
  public RelDataType getReturnType(RelDataTypeFactory typeFactory) {
    return typeFactory.createTypeWithNullability(
        typeFactory.createSqlType(SqlTypeName.VARCHAR), true);
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
            return "ioc";
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

  /**
   * Generated code calls {@link #url} with the statement's root context and this schema's key: the
   * function finds its schema's backend there at run time (a backend is no constant of code).
   */
  @Override
  public CallImplementor getImplementor() {
    return RexImpTable.createImplementor(
        (translator, call, operands) ->
            Expressions.call(
                URL, translator.getRoot(), Expressions.constant(schemaKey), operands.get(0)),
        NullPolicy.STRICT,
        false);
  }

  /**
   * Whose function this is, so {@link #url} can find the backend of the schema it was planned in.
   */
  String schemaKey() {
    return schemaKey;
  }

  /**
   * The widget URL of {@code ioc}, or NULL when VirusTotal does not know it.
   *
   * @throws VtForbiddenException naming the widget when the key is refused it
   */
  public static String url(DataContext root, String schemaKey, String ioc) {
    final VtBackend backend = backend(root.getRootSchema(), schemaKey);
    final JsonNode data;
    try {
      data = backend.client().getData(PATH, Map.of("query", ioc.strip()));
    } catch (VtNotFoundException e) {
      return null;
    } catch (VtForbiddenException e) {
      throw new VtForbiddenException(
          e.code(),
          e.httpStatus(),
          e.path(),
          NAME
              + " needs a key allowed to use the VT Augment widget; this key was refused: "
              + e.detail());
    }
    final JsonNode url = data.path("url");
    return url.isTextual() ? url.asText() : null;
  }

  private static VtBackend backend(SchemaPlus root, String schemaKey) {
    for (CalciteSchema sub : CalciteSchema.from(root).getSubSchemaMap().values()) {
      if (sub.schema instanceof VtSchema vt && vt.augment().schemaKey().equals(schemaKey)) {
        return vt.backend();
      }
    }
    throw new IllegalStateException(NAME + ": its vt schema is no longer in this connection");
  }
}
