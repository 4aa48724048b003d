package io.vtsql.adapter.table;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.exec.RequestBudget;
import io.vtsql.adapter.exec.StatementLog;
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
 * {@code vt_meta.statements}: the connection's recent statement executions that read {@code vt}
 * tables, newest first, each with its own requests and rows so far; read from a second statement
 * (another thread) while a long one runs, its first row shows how far that one got. Reading it
 * sends nothing.
 */
final class MetaStatementsTable extends AbstractTable implements ScannableTable {
  private final StatementLog statements;

  MetaStatementsTable(StatementLog statements) {
    this.statements = requireNonNull(statements, "statements");
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory f) {
    return f.builder()
        .add("started_at", SqlTypeName.TIMESTAMP, 3)
        .add("last_activity_at", SqlTypeName.TIMESTAMP, 3)
        .add("requests_sent", SqlTypeName.INTEGER)
        .add("rows_read", SqlTypeName.BIGINT)
        .add("max_requests", SqlTypeName.INTEGER)
        .build();
  }

  @Override
  public Enumerable<Object[]> scan(DataContext root) {
    final List<RequestBudget> recent = statements.recent();
    return Linq4j.asEnumerable(
        recent.stream()
            .map(
                s ->
                    new Object[] {
                      s.started().toEpochMilli(),
                      s.lastActivity().toEpochMilli(),
                      s.used(),
                      s.rows(),
                      s.max()
                    })
            .toList());
  }
}
