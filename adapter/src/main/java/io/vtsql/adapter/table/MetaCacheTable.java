package io.vtsql.adapter.table;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.exec.ClientServices;
import io.vtsql.adapter.exec.ObjectCache;
import io.vtsql.client.RateLimits;
import io.vtsql.client.VtCacheStats;
import io.vtsql.client.VtClient;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * {@code vt_meta.cache}: one row with the client's response-cache counters, the object cache's hits
 * and size, the size budget of each in-memory cache, the cache TTL and the client-side rate limits
 * (0 = unlimited).
 */
public final class MetaCacheTable extends AbstractTable implements ScannableTable {
  private final VtClient client;

  MetaCacheTable(VtClient client) {
    this.client = requireNonNull(client, "client");
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory f) {
    return f.builder()
        .add("enabled", SqlTypeName.BOOLEAN)
        .add("ttl", f.createTypeWithNullability(f.createSqlType(SqlTypeName.VARCHAR), true))
        .add("hits", SqlTypeName.BIGINT)
        .add("disk_hits", SqlTypeName.BIGINT)
        .add("misses", SqlTypeName.BIGINT)
        .add("entries", SqlTypeName.BIGINT)
        .add("evictions", SqlTypeName.BIGINT)
        .add("object_hits", SqlTypeName.BIGINT)
        .add("object_entries", SqlTypeName.BIGINT)
        .add("max_bytes", SqlTypeName.BIGINT)
        .add("rate_limit", SqlTypeName.INTEGER)
        .add("rate_window_seconds", SqlTypeName.BIGINT)
        .add("daily_limit", SqlTypeName.BIGINT)
        .build();
  }

  @Override
  public Enumerable<Object[]> scan(DataContext root) {
    final VtCacheStats s = client.cacheStats();
    final Optional<ObjectCache> objects = ClientServices.objects(client);
    final RateLimits limits = client.rateLimits();
    final Object[] row = {
      objects.isPresent(),
      ClientServices.cacheTtl(client).orElse(null),
      s.hits(),
      s.diskHits(),
      s.misses(),
      s.entries(),
      s.evictions(),
      objects.map(ObjectCache::hits).orElse(0L),
      objects.map(ObjectCache::size).orElse(0L),
      objects.map(ObjectCache::maxBytes).orElse(0L),
      limits.perWindow(),
      limits.window().toSeconds(),
      limits.perDay()
    };
    return Linq4j.asEnumerable(List.<Object[]>of(row));
  }
}
