package io.vtsql.adapter.write;

import io.vtsql.adapter.VtQueryException;
import io.vtsql.adapter.catalog.TableDef;
import io.vtsql.adapter.catalog.Writes;
import io.vtsql.adapter.rules.VtTableScan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.volcano.RelSubset;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.TableModify;
import org.apache.calcite.rel.core.Values;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;

/**
 * Turns a planned {@code INSERT}, {@code UPDATE} or {@code DELETE} on a table of the catalogue into
 * its {@link WritePlan}, or refuses it, before any request, with a one-line {@link
 * VtQueryException}: a read-only table, an operation the table does not take, an UPDATE or DELETE
 * whose WHERE does not name its rows by key ({@code id = ...}, {@code id IN (...)}), a SET of a
 * column the API cannot change or to a value that is not a literal or parameter.
 */
public final class WritePlanner {
  private WritePlanner() {}

  /** The plan of a write on {@code def}; {@code modify}'s input is as SQL-to-rel produced it. */
  public static WritePlan of(TableModify modify, TableDef def, RexBuilder rexBuilder) {
    final String table = "vt." + def.tableName();
    final WritePlan.Operation op = operation(modify);
    final Writes writes = def.writes();
    if (!writes.any()) {
      throw new VtQueryException(
          table
              + " is read-only: "
              + op
              + " is not supported on it (see docs/writes.md for the"
              + " tables that take writes)");
    }
    final Optional<Writes.Request> request =
        switch (op) {
          case INSERT -> writes.insert();
          case UPDATE -> writes.update();
          case DELETE -> writes.delete();
        };
    if (request.isEmpty()) {
      throw new VtQueryException(
          table + " does not take " + op + "; it takes " + taken(writes) + " (docs/writes.md)");
    }
    final List<String> columns = modify.getTable().getRowType().getFieldNames();
    if (op == WritePlan.Operation.INSERT) {
      return new WritePlan(
          def, op, request.get(), columns, Map.of(), Map.of(), insertRows(modify.getInput()));
    }
    final Map<String, List<RexNode>> keys =
        keys(table, writes, original(modify.getInput()), rexBuilder, op);
    final Map<String, RexNode> sets =
        op == WritePlan.Operation.UPDATE ? sets(table, request.get(), modify, columns) : Map.of();
    long rows = 1;
    for (List<RexNode> values : keys.values()) {
      rows *= values.size();
    }
    return new WritePlan(def, op, request.get(), columns, keys, sets, OptionalLong.of(rows));
  }

  private static WritePlan.Operation operation(TableModify modify) {
    return switch (modify.getOperation()) {
      case INSERT -> WritePlan.Operation.INSERT;
      case UPDATE -> WritePlan.Operation.UPDATE;
      case DELETE -> WritePlan.Operation.DELETE;
      default ->
          throw new VtQueryException(
              modify.getOperation() + " is not supported; use INSERT," + " UPDATE or DELETE");
    };
  }

  private static String taken(Writes writes) {
    final List<String> ops = new ArrayList<>();
    writes.insert().ifPresent(r -> ops.add("INSERT"));
    writes.update().ifPresent(r -> ops.add("UPDATE"));
    writes.delete().ifPresent(r -> ops.add("DELETE"));
    return String.join(", ", ops);
  }

  /** The rows of an INSERT ... VALUES, known while planning; empty for INSERT ... SELECT. */
  private static OptionalLong insertRows(RelNode input) {
    RelNode n = original(input);
    while (n instanceof Project p) {
      n = original(p.getInput());
    }
    return n instanceof Values v ? OptionalLong.of(v.getTuples().size()) : OptionalLong.empty();
  }

  /** The key values of an UPDATE or DELETE's WHERE, each key column with its values. */
  private static Map<String, List<RexNode>> keys(
      String table, Writes writes, RelNode input, RexBuilder rexBuilder, WritePlan.Operation op) {
    RelNode n = input;
    while (n instanceof Project p) {
      n = original(p.getInput());
    }
    final String byKeys =
        "WHERE "
            + String.join(
                " AND ", writes.keys().stream().map(k -> k + " = ... (or IN (...))").toList());
    if (!(n instanceof Filter filter) || !(original(filter.getInput()) instanceof VtTableScan)) {
      throw new VtQueryException(
          op
              + " on "
              + table
              + " must name its rows by "
              + String.join(" and ", writes.keys())
              + " ("
              + byKeys
              + "); a statement that would touch every row is refused, and no"
              + " request was sent");
    }
    final List<String> fields = filter.getInput().getRowType().getFieldNames();
    final Map<String, List<RexNode>> keys = new LinkedHashMap<>();
    for (RexNode conjunct :
        RelOptUtil.conjunctions(RexUtil.expandSearch(rexBuilder, null, filter.getCondition()))) {
      final List<RexNode> disjuncts = RelOptUtil.disjunctions(conjunct);
      String column = null;
      final List<RexNode> values = new ArrayList<>();
      for (RexNode d : disjuncts) {
        final Optional<Map.Entry<String, RexNode>> eq = keyEquality(d, fields);
        if (eq.isEmpty() || column != null && !column.equals(eq.get().getKey())) {
          throw new VtQueryException(
              op
                  + " on "
                  + table
                  + " names its rows by "
                  + String.join(" and ", writes.keys())
                  + " only ("
                  + byKeys
                  + "); this condition cannot be sent: "
                  + d
                  + ". No request was sent");
        }
        column = eq.get().getKey();
        values.add(eq.get().getValue());
      }
      if (!writes.keys().contains(column) || keys.containsKey(column)) {
        throw new VtQueryException(
            op
                + " on "
                + table
                + " names its rows by "
                + String.join(" and ", writes.keys())
                + " only, once each ("
                + byKeys
                + "), not by "
                + column
                + ". No request was sent");
      }
      keys.put(column, values);
    }
    for (String key : writes.keys()) {
      if (!keys.containsKey(key)) {
        throw new VtQueryException(
            op
                + " on "
                + table
                + " must name its rows by "
                + String.join(" and ", writes.keys())
                + " ("
                + byKeys
                + "): "
                + key
                + " is missing; no request was sent");
      }
    }
    return keys;
  }

  /** {@code column = literal} or {@code column = ?}, either way round. */
  private static Optional<Map.Entry<String, RexNode>> keyEquality(
      RexNode node, List<String> fields) {
    if (node.getKind() != SqlKind.EQUALS) {
      return Optional.empty();
    }
    final List<RexNode> operands = ((RexCall) node).getOperands();
    for (int i = 0; i < 2; i++) {
      final RexNode ref = RexUtil.removeCast(operands.get(i));
      final RexNode value = RexUtil.removeCast(operands.get(1 - i));
      if (ref instanceof RexInputRef input && constant(value)) {
        return Optional.of(Map.entry(fields.get(input.getIndex()), value));
      }
    }
    return Optional.empty();
  }

  private static boolean constant(RexNode value) {
    return value instanceof RexLiteral || value instanceof RexDynamicParam;
  }

  /** The SET values of an UPDATE: literals, parameters or (for counters) {@code column + 1}. */
  private static Map<String, RexNode> sets(
      String table, Writes.Request request, TableModify modify, List<String> columns) {
    final Map<String, RexNode> sets = new LinkedHashMap<>();
    final List<String> names = modify.getUpdateColumnList();
    final List<RexNode> values = modify.getSourceExpressionList();
    final boolean counts = request.body() == Writes.Body.COUNTS;
    // SQL-to-rel appends the new values to the input's projection and refers to them there
    final RelNode input = original(modify.getInput());
    final List<RexNode> projects = input instanceof Project p ? p.getProjects() : List.of();
    for (int i = 0; i < names.size(); i++) {
      final String column = names.get(i);
      if (request.field(column).isEmpty()) {
        throw new VtQueryException(
            "UPDATE on "
                + table
                + " can set only "
                + String.join(", ", request.fields().stream().map(Writes.Field::column).toList())
                + ", not "
                + column
                + "; no request was sent");
      }
      RexNode value = RexUtil.removeCast(values.get(i));
      if (value instanceof RexInputRef ref && ref.getIndex() < projects.size()) {
        value = RexUtil.removeCast(projects.get(ref.getIndex()));
      }
      if (counts) {
        if (!increment(value, columns.indexOf(column))) {
          throw new VtQueryException(
              "UPDATE on "
                  + table
                  + " adds one vote: write SET "
                  + column
                  + " = "
                  + column
                  + " + 1; no request was sent");
        }
        sets.put(column, value);
      } else if (constant(value)) {
        sets.put(column, value);
      } else {
        throw new VtQueryException(
            "UPDATE on "
                + table
                + " sets "
                + column
                + " to a literal or a parameter (?), not "
                + value
                + "; no request was sent");
      }
    }
    return sets;
  }

  /** Whether {@code value} is {@code $ordinal + 1}. */
  private static boolean increment(RexNode value, int ordinal) {
    if (value.getKind() != SqlKind.PLUS) {
      return false;
    }
    final List<RexNode> ops = ((RexCall) value).getOperands();
    final RexNode ref = RexUtil.removeCast(ops.get(0));
    final RexNode one = RexUtil.removeCast(ops.get(1));
    return ref instanceof RexInputRef r
        && r.getIndex() == ordinal
        && one instanceof RexLiteral l
        && l.getValueAs(Long.class) != null
        && l.getValueAs(Long.class) == 1L;
  }

  /** The rel SQL-to-rel made, looking through the planner's equivalence sets. */
  static RelNode original(RelNode node) {
    return node instanceof RelSubset s ? s.getOriginal() : node;
  }
}
