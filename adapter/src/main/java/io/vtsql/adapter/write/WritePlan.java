package io.vtsql.adapter.write;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.catalog.TableDef;
import io.vtsql.adapter.catalog.Writes;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.calcite.rex.RexNode;

/**
 * What one write statement sends, fixed when it is planned: the table, the declared request, and
 * where each value comes from. An INSERT reads its values from the input rows (by column ordinal);
 * an UPDATE or DELETE names its rows by key values and its new values in the statement itself
 * (literals or parameters), so it sends no read first.
 *
 * @param table the table written
 * @param operation INSERT, UPDATE or DELETE
 * @param request the request the catalogue declares for the operation
 * @param columns the table's column names, in row order (INSERT reads rows by these)
 * @param keys UPDATE/DELETE: each key column's values (literals or parameters)
 * @param sets UPDATE: each set column's value; an increment ({@code col + 1}) is the literal 1
 * @param staticRows rows known when planning (VALUES, keys), for EXPLAIN and the budget
 */
public record WritePlan(
    TableDef table,
    Operation operation,
    Writes.Request request,
    List<String> columns,
    Map<String, List<RexNode>> keys,
    Map<String, RexNode> sets,
    OptionalLong staticRows) {
  /** The statement kinds. */
  public enum Operation {
    INSERT,
    UPDATE,
    DELETE
  }

  public WritePlan {
    requireNonNull(table, "table");
    requireNonNull(operation, "operation");
    requireNonNull(request, "request");
    columns = List.copyOf(columns);
    keys = Map.copyOf(keys);
    sets = Map.copyOf(sets);
    requireNonNull(staticRows, "staticRows");
  }

  /** The most requests the statement sends, when its rows are known while planning. */
  public OptionalLong requestsAtMost() {
    return staticRows;
  }

  /** The words EXPLAIN shows for the requests. */
  public String describe() {
    final String per =
        request.batch() > 1
            ? " per "
                + request.batch()
                + " rows with the same "
                + String.join(" and ", request.pathColumns())
            : " per row";
    return request.describe() + per;
  }
}
