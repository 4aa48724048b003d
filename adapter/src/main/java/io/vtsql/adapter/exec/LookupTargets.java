package io.vtsql.adapter.exec;

import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.query.LookupKey;
import io.vtsql.client.VtObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.calcite.DataContext;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;

/**
 * The GETs of one execution of a point lookup: the keys' values (literals, or parameters read from
 * the statement's {@link DataContext}), one GET per distinct path id, each with the test its answer
 * must pass to be a row (see {@link io.vtsql.adapter.catalog.IdForm}).
 */
public final class LookupTargets {
  private LookupTargets() {}

  /** One GET and the keys it answers. */
  record Target(String pathId, Predicate<VtObject> answers) {}

  /** Distinct targets in key order; keys that are NULL or can name nothing are dropped. */
  static List<Target> of(ObjectType entity, List<LookupKey> keys, DataContext root) {
    final Map<String, Predicate<VtObject>> targets = new LinkedHashMap<>();
    for (LookupKey key : keys) {
      final Object v = value(key.value(), root);
      if (v == null) {
        continue;
      }
      final String value = v.toString();
      final Optional<String> pathId = entity.idForm(key.column()).pathId(value);
      if (pathId.isPresent()) {
        final Predicate<VtObject> answers =
            o -> entity.idForm(key.column()).answers(key.column(), value, o);
        targets.merge(pathId.get(), answers, Predicate::or);
      }
    }
    final List<Target> out = new ArrayList<>(targets.size());
    targets.forEach((id, answers) -> out.add(new Target(id, answers)));
    return out;
  }

  /** The value of a key expression in one execution. */
  static Object value(RexNode value, DataContext root) {
    if (value instanceof RexLiteral literal) {
      return literal.getValueAs(String.class);
    }
    if (value instanceof RexDynamicParam param) {
      return root.get("?" + param.getIndex());
    }
    throw new IllegalArgumentException("unsupported key expression " + value);
  }
}
