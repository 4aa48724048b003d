package io.vtsql.adapter.table;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.adapter.VtBackend;
import io.vtsql.adapter.catalog.DocumentTable;
import io.vtsql.adapter.catalog.RelationshipColumn;
import io.vtsql.adapter.exec.ClientServices;
import io.vtsql.adapter.exec.NestedRecords;
import io.vtsql.adapter.exec.ObjectCache;
import io.vtsql.adapter.exec.RelationshipRowConverter;
import io.vtsql.adapter.exec.RequestBudget;
import io.vtsql.adapter.exec.TranslatingEnumerable;
import io.vtsql.client.VtObject;
import java.util.Map;
import java.util.Optional;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.impl.AbstractTable;

/**
 * A table of a single-document endpoint ({@code metadata_engines}, ...): its rows come from one
 * {@code GET} of the document, which the object cache keeps like an object, so every table of the
 * same document in a statement (or later, within the TTL) shares that request. Filters and
 * projections run locally: the document is small.
 */
public final class DocumentScanTable extends AbstractTable implements ScannableTable {
  /** Type under which documents are kept in the object cache. */
  private static final String CACHE_TYPE = "document";

  private final DocumentTable table;
  private final VtBackend backend;

  DocumentScanTable(DocumentTable table, VtBackend backend) {
    this.table = requireNonNull(table, "table");
    this.backend = requireNonNull(backend, "backend");
  }

  /** The catalogue's declaration of the table. */
  public DocumentTable table() {
    return table;
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    final RelDataTypeFactory.Builder b = typeFactory.builder();
    for (RelationshipColumn c : table.columns()) {
      b.add(c.name(), c.type().toRelType(typeFactory, c.kind() != RelationshipColumn.Kind.MAP_KEY));
    }
    return b.build();
  }

  @Override
  public Enumerable<Object[]> scan(DataContext root) {
    return new TranslatingEnumerable(
        new AbstractEnumerable<>() {
          @Override
          public Enumerator<Object[]> enumerator() {
            final VtObject document = document(RequestBudget.of(root, backend.maxRequests()));
            final RelationshipRowConverter rows = new RelationshipRowConverter(table.columns());
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
        });
  }

  /** The document's {@code data}, from the object cache or one request. */
  private VtObject document(RequestBudget budget) {
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
