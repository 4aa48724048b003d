package io.vtsql.adapter;

import io.vtsql.adapter.table.VtMetaSchema;
import io.vtsql.adapter.table.VtSchema;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.jdbc.CalcitePrepare.CalciteSignature;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.runtime.Hook;
import org.apache.calcite.schema.Schema;

/**
 * The prepared plans of one connection's statements, so that an ad hoc statement whose text was
 * prepared before on the same connection skips parsing, planning and code generation.
 *
 * <p>A plan is reused only on the connection that made it (a connection is one API key and one set
 * of settings; the map is keyed by the connection's root schema), for the same text, result type,
 * row limit and default schema, and only while the root holds nothing but vtsql's own schemas,
 * whose tables never change: a schema an application adds could change under a cached plan, so such
 * a connection is not cached at all; nor is a plan whose code has static fields. The plan holds no
 * data: parameters, the clock, cancellation, the response and object caches are all read when the
 * plan runs.
 */
public final class PlanCache {
  /** Plans kept per connection, least recently used dropped first. */
  static final int MAX_PLANS = 100;

  /** Calcite's schema of JDBC metadata tables, present in every connection's root. */
  private static final String CALCITE_METADATA = "org.apache.calcite.jdbc.MetadataSchema";

  private static final Map<CalciteSchema, PlanCache> BY_CONNECTION =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final Map<Key, CalciteSignature<?>> plans =
      new LinkedHashMap<Key, CalciteSignature<?>>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, CalciteSignature<?>> e) {
          return size() > MAX_PLANS;
        }
      };

  private PlanCache() {}

  /** What a plan depends on besides the connection. */
  private record Key(
      String sql,
      Type elementType,
      long maxRowCount,
      List<String> schemaPath,
      List<Object> catalogue) {}

  /**
   * The plan of {@code query} from this connection's cache, or {@code prepare}'s result, kept when
   * it is a query (never DDL) and the connection's catalogue is vtsql's alone.
   */
  @SuppressWarnings("unchecked")
  static <T> CalciteSignature<T> get(
      CalcitePrepare.Context context,
      CalcitePrepare.Query<T> query,
      Type elementType,
      long maxRowCount,
      Supplier<CalciteSignature<T>> prepare) {
    final Optional<List<Object>> catalogue = catalogue(context.getMutableRootSchema());
    if (query.sql == null || catalogue.isEmpty()) {
      return prepare.get();
    }
    final Key key =
        new Key(
            query.sql,
            elementType,
            maxRowCount,
            List.copyOf(context.getDefaultSchemaPath()),
            catalogue.get());
    final PlanCache cache =
        BY_CONNECTION.computeIfAbsent(context.getMutableRootSchema(), root -> new PlanCache());
    synchronized (cache) {
      final CalciteSignature<?> cached = cache.plans.get(key);
      if (cached != null) {
        return (CalciteSignature<T>) cached;
      }
    }
    final List<Object> code = new ArrayList<>();
    final CalciteSignature<T> signature;
    try (Hook.Closeable ignored = Hook.JAVA_PLAN.addThread((Consumer<Object>) code::add)) {
      signature = prepare.get();
    }
    // Code with static fields computes constants when its class initialises, once per class:
    // a constant that fails (SELECT 1 / 0) must fail again when the statement is repeated, not
    // leave a class that can no longer be loaded (Calcite's code cache excludes it likewise).
    final boolean staticFields = code.stream().anyMatch(c -> c.toString().contains("static "));
    if (signature.statementType == Meta.StatementType.SELECT && !staticFields) {
      synchronized (cache) {
        cache.plans.put(key, signature);
      }
    }
    return signature;
  }

  /** Plans cached for the connection of {@code root} (for tests). */
  static int size(CalciteSchema root) {
    final PlanCache cache = BY_CONNECTION.get(root);
    if (cache == null) {
      return 0;
    }
    synchronized (cache) {
      return cache.plans.size();
    }
  }

  /**
   * The root's sub-schemas by name and identity when every one is vtsql's or Calcite's metadata and
   * the root has no tables or functions of its own; otherwise empty (not cacheable).
   */
  private static Optional<List<Object>> catalogue(CalciteSchema root) {
    if (!root.getTableNames().isEmpty() || !root.getFunctionNames().isEmpty()) {
      return Optional.empty();
    }
    final List<Object> parts = new ArrayList<>();
    for (Map.Entry<String, CalciteSchema> e : root.getSubSchemaMap().entrySet()) {
      final Schema schema = e.getValue().schema;
      if (!(schema instanceof VtSchema
          || schema instanceof VtMetaSchema
          || schema.getClass().getName().equals(CALCITE_METADATA))) {
        return Optional.empty();
      }
      parts.add(e.getKey());
      parts.add(schema);
    }
    return Optional.of(parts);
  }
}
