package io.vtsql.adapter.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.adapter.VtBackend;
import io.vtsql.adapter.catalog.DocumentTable;
import io.vtsql.adapter.query.DocumentQuery;
import io.vtsql.client.VtObject;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.linq4j.tree.Types;

/**
 * Entry point of generated code for a single-document table: one {@code GET} of the document, which
 * the object cache keeps like an object, so every table of the same document in a statement (or
 * later, within the TTL) shares that request.
 */
public final class DocumentEnumerables {
  /** {@link #scan}, for code generation. */
  public static final Method SCAN =
      Types.lookupMethod(
          DocumentEnumerables.class,
          "scan",
          DataContext.class,
          VtBackend.class,
          DocumentQuery.class);

  /** Type under which documents are kept in the object cache. */
  private static final String CACHE_TYPE = "document";

  private DocumentEnumerables() {}

  /** The rows of the document's records; nothing is requested until the first row is wanted. */
  public static Enumerable<Object[]> scan(
      DataContext root, VtBackend backend, DocumentQuery query) {
    return new TranslatingEnumerable(
        new AbstractEnumerable<>() {
          @Override
          public Enumerator<Object[]> enumerator() {
            final DocumentTable table = query.table();
            final VtObject document = document(backend, table, RequestBudget.of(root, backend));
            final RelationshipRowConverter rows = new RelationshipRowConverter(query.columns());
            return Linq4j.enumerator(
                NestedRecords.read(
                        document.attributes(),
                        table.attribute(),
                        table.shape(),
                        table.tableName(),
                        document.id())
                    .stream()
                    .map(r -> rows.toRow(null, r))
                    .toList());
          }
        },
        root,
        backend);
  }

  /** The document's {@code data}, from the object cache or one request. */
  private static VtObject document(VtBackend backend, DocumentTable table, RequestBudget budget) {
    final Optional<ObjectCache> cache = ClientServices.objects(backend.client());
    final Optional<VtObject> cached = cache.flatMap(c -> c.find(CACHE_TYPE, table.path()));
    if (cached.isPresent()) {
      return cached.get();
    }
    budget.ensureAvailable(table.endpoint());
    final JsonNode data = backend.client().getData(table.path(), Map.of());
    budget.record(1);
    final VtObject document =
        VtObject.nested(
            CACHE_TYPE,
            table.path(),
            data instanceof ObjectNode o ? o : JsonNodeFactory.instance.objectNode());
    cache.ifPresent(c -> c.put(document));
    return document;
  }
}
