package io.vtsql.adapter.table;

import static java.util.Objects.requireNonNull;

import io.vtsql.client.ProgressCounters;
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
 * {@code vt_meta.progress}: one row of running totals of the connection's client (requests_sent,
 * cache_hits, quota_waits, quota_wait_millis, rows_read). Read from a second statement while a long
 * one runs, or before and after it, it shows how far the statement got; reading it sends nothing.
 */
public final class MetaProgressTable extends AbstractTable implements ScannableTable {
  private final VtClient client;

  MetaProgressTable(VtClient client) {
    this.client = requireNonNull(client, "client");
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory f) {
    return f.builder()
        .add("requests_sent", SqlTypeName.BIGINT)
        .add("cache_hits", SqlTypeName.BIGINT)
        .add("quota_waits", SqlTypeName.BIGINT)
        .add("quota_wait_millis", SqlTypeName.BIGINT)
        .add("rows_read", SqlTypeName.BIGINT)
        .build();
  }

  @Override
  public Enumerable<Object[]> scan(DataContext root) {
    final ProgressCounters.Snapshot now = client.progress();
    return Linq4j.asEnumerable(
        List.<Object[]>of(
            new Object[] {
              now.sent(), now.cached(), now.quotaWaits(), now.quotaWaitMillis(), now.rows()
            }));
  }
}
