package io.vtsql.adapter.write;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.adapter.JdbcErrors;
import io.vtsql.adapter.VtBackend;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.ParentTable;
import io.vtsql.adapter.catalog.Privilege;
import io.vtsql.adapter.catalog.TableDef;
import io.vtsql.adapter.catalog.Writes;
import io.vtsql.adapter.exec.ClientServices;
import io.vtsql.adapter.exec.RequestBudget;
import io.vtsql.client.EnvelopeParser;
import io.vtsql.client.VtClient;
import io.vtsql.client.VtConflictException;
import io.vtsql.client.VtException;
import io.vtsql.client.VtNotFoundException;
import io.vtsql.client.VtPayload;
import io.vtsql.client.VtWrite;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import okhttp3.HttpUrl;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.linq4j.tree.Types;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;

/**
 * Entry points of generated code: runs a write statement's {@link WritePlan} and yields its update
 * count. All of a statement's requests are built and checked (values, privilege, {@code
 * maxRequests}) before the first is sent; then they go out one at a time, each through the client,
 * which never sends a write twice. A failure after some requests succeeded says how many did.
 */
public final class WriteExecutor {
  /** {@link #insert}, for code generation. */
  static final Method INSERT =
      Types.lookupMethod(
          WriteExecutor.class,
          "insert",
          DataContext.class,
          VtBackend.class,
          WritePlan.class,
          Enumerable.class,
          boolean.class);

  /** {@link #keyed}, for code generation. */
  static final Method KEYED =
      Types.lookupMethod(
          WriteExecutor.class,
          "keyed",
          DataContext.class,
          VtBackend.class,
          WritePlan.class,
          boolean.class);

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private WriteExecutor() {}

  /** An INSERT: one row of values per input row. */
  public static Enumerable<Object> insert(
      DataContext root,
      VtBackend backend,
      WritePlan plan,
      Enumerable<Object[]> rows,
      boolean array) {
    return count(
        array,
        () -> {
          final List<Map<String, Object>> values = new ArrayList<>();
          for (Object[] row : rows) {
            values.add(insertValues(plan, row));
          }
          return run(root, backend, plan, values);
        });
  }

  /** An UPDATE or DELETE: one row per combination of the named keys. */
  public static Enumerable<Object> keyed(
      DataContext root, VtBackend backend, WritePlan plan, boolean array) {
    return count(
        array,
        () -> {
          List<Map<String, Object>> rows = List.of(new LinkedHashMap<>());
          for (Map.Entry<String, List<RexNode>> key : plan.keys().entrySet()) {
            final Set<Object> distinct = new LinkedHashSet<>();
            for (RexNode v : key.getValue()) {
              final Object value = value(v, root);
              if (value != null) {
                distinct.add(value);
              }
            }
            final List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> row : rows) {
              for (Object value : distinct) {
                final Map<String, Object> r = new LinkedHashMap<>(row);
                r.put(key.getKey(), value);
                next.add(r);
              }
            }
            rows = next;
          }
          final Map<String, Object> sets = new LinkedHashMap<>();
          final boolean counts = plan.request().body() == Writes.Body.COUNTS;
          // a counter's SET is "column + 1": the body says which counter, not a value
          plan.sets().forEach((column, v) -> sets.put(column, counts ? 1 : value(v, root)));
          rows.forEach(r -> r.putAll(sets));
          return run(root, backend, plan, rows);
        });
  }

  /** The update count as the single row Calcite reads it from. */
  private static Enumerable<Object> count(boolean array, LongSupplier body) {
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<Object> enumerator() {
        final long n;
        try {
          n = body.getAsLong();
        } catch (RuntimeException e) {
          throw JdbcErrors.rethrow(e);
        }
        return Linq4j.singletonEnumerator(array ? new Object[] {n} : (Object) n);
      }
    };
  }

  /** One INSERT row's values by column; a column the request does not take must be NULL. */
  private static Map<String, Object> insertValues(WritePlan plan, Object[] row) {
    final Writes.Request request = plan.request();
    final Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < plan.columns().size(); i++) {
      final String column = plan.columns().get(i);
      final boolean taken =
          request.field(column).isPresent() || request.pathColumns().contains(column);
      if (taken) {
        values.put(column, row[i]);
      } else if (row[i] != null) {
        throw WriteFailure.refused(
            "42000",
            "INSERT into vt."
                + plan.table().tableName()
                + " takes only "
                + String.join(", ", takenColumns(request))
                + "; "
                + column
                + " is set by VirusTotal. No request was sent");
      }
    }
    return values;
  }

  private static List<String> takenColumns(Writes.Request request) {
    final List<String> out = new ArrayList<>(request.pathColumns());
    request.fields().stream()
        .map(Writes.Field::column)
        .filter(c -> !out.contains(c))
        .forEach(out::add);
    return out;
  }

  /** Builds every request, checks them, then sends them; returns the rows written. */
  private static long run(
      DataContext root, VtBackend backend, WritePlan plan, List<Map<String, Object>> rows) {
    final TableDef table = plan.table();
    final String name = "vt." + table.tableName();
    backend.grants().require(privilege(table), name, plan.request().path());
    final List<Outgoing> outgoing = requests(plan, rows);
    final RequestBudget budget = RequestBudget.of(root, backend);
    budget.ensureAvailable(outgoing.size(), plan.operation() + " on " + name);
    long written = 0;
    int sent = 0;
    for (Outgoing o : outgoing) {
      budget.record(1);
      try {
        backend.client().write(o.write());
        written += o.rows();
      } catch (VtNotFoundException e) {
        if (plan.operation() == WritePlan.Operation.INSERT) {
          throw WriteFailure.of("23503", name, plan, o, sent, outgoing.size(), e);
        }
        // an UPDATE or DELETE of a row that does not exist changes nothing: no data (02000)
      } catch (VtConflictException e) {
        throw WriteFailure.of("23505", name, plan, o, sent, outgoing.size(), e);
      } catch (VtException e) {
        if (VtClient.outcomeUnknown(e)) {
          throw WriteFailure.unknown(name, plan, o, sent, outgoing.size(), e);
        }
        throw sent == 0 ? e : WriteFailure.of(null, name, plan, o, sent, outgoing.size(), e);
      } finally {
        forget(backend, o);
      }
      sent++;
    }
    return written;
  }

  /** What the table needs of the key: the type's (or relationship's) privilege. */
  private static Privilege privilege(TableDef table) {
    if (table instanceof ObjectType t) {
      return t.privilege();
    }
    return table instanceof ParentTable p ? p.privilege() : Privilege.PUBLIC;
  }

  /** One request to send, the rows it writes and the values its check names. */
  record Outgoing(VtWrite write, int rows, Map<String, Object> sample) {}

  /** The requests of a write's rows, in row order; descriptor bodies batched per path. */
  private static List<Outgoing> requests(WritePlan plan, List<Map<String, Object>> rows) {
    final Writes.Request request = plan.request();
    final List<Outgoing> out = new ArrayList<>();
    final Map<String, List<Map<String, Object>>> byPath = new LinkedHashMap<>();
    for (Map<String, Object> row : rows) {
      check(plan, row);
      final String path = path(plan, request.path(), row);
      if (request.body() == Writes.Body.DESCRIPTORS) {
        byPath.computeIfAbsent(path, p -> new ArrayList<>()).add(row);
      } else {
        out.add(
            new Outgoing(
                new VtWrite(request.method(), path, payload(plan, List.of(row)), stale(plan, row)),
                1,
                row));
      }
    }
    byPath.forEach(
        (path, group) -> {
          for (int i = 0; i < group.size(); i += request.batch()) {
            final List<Map<String, Object>> chunk =
                group.subList(i, Math.min(group.size(), i + request.batch()));
            out.add(
                new Outgoing(
                    new VtWrite(
                        request.method(), path, payload(plan, chunk), stale(plan, chunk.get(0))),
                    chunk.size(),
                    chunk.get(0)));
          }
        });
    return out;
  }

  /** Refuses, before any request, a row VirusTotal could not take. */
  private static void check(WritePlan plan, Map<String, Object> row) {
    final String name = "vt." + plan.table().tableName();
    for (String column : plan.request().pathColumns()) {
      if (row.get(column) == null) {
        throw WriteFailure.refused(
            "23502",
            plan.operation() + " on " + name + " needs " + column + "; no request was sent");
      }
    }
    if (plan.operation() == WritePlan.Operation.INSERT) {
      for (Writes.Field f : plan.request().fields()) {
        final Object v = row.get(f.column());
        if (v == null && f.required()) {
          throw WriteFailure.refused(
              "23502",
              "INSERT into " + name + " needs " + f.column() + " (not NULL); no request was sent");
        }
      }
    }
    for (Writes.Field f : plan.request().fields()) {
      final Object v = row.get(f.column());
      if (v != null && !f.allowed().isEmpty() && !f.allowed().contains(v.toString())) {
        throw WriteFailure.refused(
            "23514",
            name
                + "."
                + f.column()
                + " must be "
                + String.join(" or ", f.allowed().stream().map(a -> "'" + a + "'").toList())
                + ", not '"
                + v
                + "'; no request was sent");
      }
    }
  }

  /** The request path: each {@code {column}} becomes the row's value as an id segment. */
  private static String path(WritePlan plan, String template, Map<String, Object> row) {
    String path = template;
    for (String column : Writes.placeholders(template)) {
      final String value = String.valueOf(row.get(column));
      final String id =
          pathId(plan.table(), column, value)
              .orElseThrow(
                  () ->
                      WriteFailure.refused(
                          "22023",
                          "'"
                              + value
                              + "' cannot be the "
                              + column
                              + " of vt."
                              + plan.table().tableName()
                              + "; no request was sent"));
      path = path.replace("{" + column + "}", segment(id));
    }
    return path;
  }

  /** The id a column's value names, in the form of the type the column identifies. */
  private static Optional<String> pathId(TableDef table, String column, String value) {
    final ObjectType type =
        table instanceof ParentTable p && column.equals(p.parentColumn())
            ? p.source()
            : table instanceof ObjectType t ? t : null;
    if (type == null || type.keys().isEmpty()) {
      return Optional.of(value).filter(v -> !v.isBlank());
    }
    for (String key : type.keys()) {
      final Optional<String> id = type.idForm(key).pathId(value);
      if (id.isPresent()) {
        return id;
      }
    }
    return Optional.empty();
  }

  private static String segment(String id) {
    return HttpUrl.get("http://origin/")
        .newBuilder()
        .addPathSegment(id)
        .build()
        .encodedPath()
        .substring(1);
  }

  /** The body of a request carrying {@code rows}. */
  private static VtPayload payload(WritePlan plan, List<Map<String, Object>> rows) {
    final Writes.Request request = plan.request();
    final ObjectNode root = JSON.objectNode();
    switch (request.body()) {
      case OBJECT -> {
        final ObjectNode data = root.putObject("data");
        data.put("type", request.dataType());
        final ObjectNode attributes = data.putObject("attributes");
        final Map<String, Object> row = rows.get(0);
        for (Writes.Field f : request.fields()) {
          if (row.containsKey(f.column())
              && (row.get(f.column()) != null || plan.operation() == WritePlan.Operation.UPDATE)) {
            attributes.set(f.attribute(), EnvelopeParser.mapper().valueToTree(row.get(f.column())));
          }
        }
      }
      case DESCRIPTORS -> {
        final ArrayNode data = root.putArray("data");
        for (Map<String, Object> row : rows) {
          final String id = String.valueOf(row.get("id"));
          final ObjectNode d = data.addObject().put("type", request.dataType());
          // VirusTotal takes a URL descriptor by its text as well as by its id
          d.put(request.dataType().equals("url") && id.contains("://") ? "url" : "id", id);
        }
      }
      case COUNTS -> {
        final ObjectNode data = root.putObject("data");
        for (Writes.Field f : request.fields()) {
          data.put(f.attribute(), rows.get(0).containsKey(f.column()) ? 1 : 0);
        }
      }
      case NONE -> {
        return VtPayload.none();
      }
    }
    return VtPayload.json(root);
  }

  /** The paths whose cached reads the write makes stale. */
  private static List<String> stale(WritePlan plan, Map<String, Object> row) {
    final List<String> out = new ArrayList<>();
    for (String template : plan.request().invalidates()) {
      out.add(path(plan, template, row));
    }
    return out;
  }

  /** Drops the adapter's cached objects a write changed (the client drops its responses). */
  private static void forget(VtBackend backend, Outgoing o) {
    ClientServices.objects(backend.client())
        .ifPresent(
            cache -> {
              for (Map.Entry<String, Object> e : o.sample().entrySet()) {
                if (e.getValue() != null
                    && (e.getKey().endsWith("_id") || e.getKey().equals("id"))) {
                  cache.forget(String.valueOf(e.getValue()));
                }
              }
            });
  }

  /** The value of a key or SET expression in one execution. */
  private static Object value(RexNode node, DataContext root) {
    if (node instanceof RexDynamicParam p) {
      return root.get("?" + p.getIndex());
    }
    if (node instanceof RexLiteral literal) {
      return literal.getValue2();
    }
    throw new IllegalStateException("not a literal or parameter: " + node);
  }
}
