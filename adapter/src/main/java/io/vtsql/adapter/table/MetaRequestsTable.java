package io.vtsql.adapter.table;

import static java.util.Objects.requireNonNull;

import io.vtsql.client.RequestRecord;
import io.vtsql.client.VtClient;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * {@code vt_meta.requests}: the client's recent logical requests, oldest first (request_time,
 * http_method, path without the key, status, cached, millis, error_code), read from its request
 * log. The first two are not called time and method because both are reserved words in SQL.
 */
public final class MetaRequestsTable extends AbstractTable implements ScannableTable {
  private final VtClient client;

  MetaRequestsTable(VtClient client) {
    this.client = requireNonNull(client, "client");
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory f) {
    return f.builder()
        .add("request_time", SqlTypeName.TIMESTAMP, 3)
        .add("http_method", SqlTypeName.VARCHAR)
        .add("path", SqlTypeName.VARCHAR)
        .add("status", SqlTypeName.INTEGER)
        .add("cached", SqlTypeName.BOOLEAN)
        .add("millis", SqlTypeName.BIGINT)
        .add("error_code", f.createTypeWithNullability(f.createSqlType(SqlTypeName.VARCHAR), true))
        .build();
  }

  @Override
  public Enumerable<Object[]> scan(DataContext root) {
    final List<RequestRecord> records = client.recentRequests();
    return Linq4j.asEnumerable(
        records.stream()
            .map(
                r ->
                    new Object[] {
                      r.time().toEpochMilli(),
                      r.method(),
                      r.path(),
                      r.status(),
                      r.cached(),
                      r.millis(),
                      r.errorCode()
                    })
            .toList());
  }
}
