package io.vtsql.adapter.exec;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.vtsql.adapter.query.VtQuery;
import io.vtsql.client.VtClient;
import io.vtsql.client.VtObject;
import io.vtsql.client.VtProtocolException;
import java.util.Iterator;
import java.util.Map;
import org.apache.calcite.linq4j.Enumerator;

/**
 * Rows of a {@link io.vtsql.adapter.catalog.ValueListEndpoint}: one request, on the first row
 * wanted, whose {@code data} list of strings gives one row per value (wrapped as an object whose id
 * is the value, so the row converter reads it); a pushed offset and fetch are applied here.
 */
public final class ValueListEnumerator implements Enumerator<Object[]> {
  private final VtClient client;
  private final VtQuery query;
  private final RequestBudget budget;
  private final RowConverter converter;
  private final Long needed;
  private Iterator<JsonNode> values;
  private long emitted;
  private Object[] current;

  ValueListEnumerator(VtClient client, VtQuery query, RequestBudget budget) {
    this.client = requireNonNull(client, "client");
    this.query = requireNonNull(query, "query");
    this.budget = requireNonNull(budget, "budget");
    this.converter = new RowConverter(query.columns());
    this.needed = query.rowsNeeded();
  }

  @Override
  public Object[] current() {
    return current;
  }

  @Override
  public boolean moveNext() {
    if (values == null) {
      values = fetch();
    }
    while ((needed == null || emitted < needed) && values.hasNext()) {
      final JsonNode value = values.next();
      emitted++;
      if (emitted > query.offset()) {
        current =
            converter.toRow(
                VtObject.nested(
                    query.entity().objectType(),
                    value.asText(),
                    JsonNodeFactory.instance.objectNode()));
        return true;
      }
    }
    return false;
  }

  private Iterator<JsonNode> fetch() {
    final String path = query.endpoint().orElseThrow().path();
    budget.ensureAvailable(query.requests());
    budget.record(1);
    final JsonNode data = client.getData(path, Map.of());
    if (!data.isArray()) {
      throw new VtProtocolException(
          "UnexpectedData",
          200,
          path,
          "expected a list of values in data, got " + data.getNodeType(),
          null);
    }
    return data.elements();
  }

  @Override
  public void reset() {
    throw new UnsupportedOperationException("a VirusTotal scan cannot be rewound");
  }

  @Override
  public void close() {
    // the one response is already read whole; nothing stays open
  }
}
