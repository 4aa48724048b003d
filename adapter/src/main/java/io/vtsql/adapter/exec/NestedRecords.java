package io.vtsql.adapter.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.adapter.catalog.ChildTable;
import io.vtsql.client.VtObject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The records of a nested array or map as objects whose attributes row columns read: a map entry's
 * key is the record's id (else the owner's id), and a scalar becomes {@code {"value": v}}. Records
 * of another shape than declared (an object where a scalar belongs, ...) are skipped.
 */
public final class NestedRecords {
  private NestedRecords() {}

  /** The records under the dotted {@code attribute} of {@code root}, typed {@code type}. */
  public static List<VtObject> read(
      JsonNode root, String attribute, ChildTable.Shape shape, String type, String ownerId) {
    JsonNode node = root;
    for (String step : attribute.isEmpty() ? new String[0] : attribute.split("\\.")) {
      node = node.path(step);
    }
    final List<VtObject> out = new ArrayList<>();
    switch (shape) {
      case MAP:
      case VALUE_MAP:
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          final Map.Entry<String, JsonNode> e = it.next();
          record(shape == ChildTable.Shape.MAP, e.getValue())
              .forEach(r -> out.add(VtObject.nested(type, e.getKey(), r)));
        }
        break;
      default:
        if (node.isArray()) {
          for (JsonNode element : node) {
            record(shape == ChildTable.Shape.OBJECTS, element)
                .forEach(r -> out.add(VtObject.nested(type, ownerId, r)));
          }
        }
        break;
    }
    return out;
  }

  /**
   * The records exploded level by level: each becomes the objects of its array, keeping its id (map
   * key or owner) and, where the level names it, the enclosing record without the array.
   */
  public static List<VtObject> unnest(List<VtObject> records, List<ChildTable.Unnest> levels) {
    List<VtObject> current = records;
    for (ChildTable.Unnest level : levels) {
      final List<VtObject> next = new ArrayList<>();
      for (VtObject r : current) {
        final ObjectNode outer = r.attributes().deepCopy();
        outer.remove(level.array());
        for (JsonNode element : r.attributes().path(level.array())) {
          if (element instanceof ObjectNode o) {
            final ObjectNode inner = o.deepCopy();
            if (level.outer() != null) {
              inner.set(level.outer(), outer);
            }
            next.add(VtObject.nested(r.type(), r.id(), inner));
          }
        }
      }
      current = next;
    }
    return current;
  }

  /**
   * Each record's scalar fields as records of their own, {@code {keyField: name, valueField:
   * value}}, keeping the record's id (its map key).
   */
  public static List<VtObject> entries(List<VtObject> records, ChildTable.Entries entries) {
    final List<VtObject> out = new ArrayList<>();
    for (VtObject r : records) {
      for (Iterator<Map.Entry<String, JsonNode>> it = r.attributes().fields(); it.hasNext(); ) {
        final Map.Entry<String, JsonNode> e = it.next();
        if (!e.getValue().isContainerNode()) {
          final ObjectNode o = JsonNodeFactory.instance.objectNode();
          o.put(entries.keyField(), e.getKey());
          o.set(entries.valueField(), e.getValue());
          out.add(VtObject.nested(r.type(), r.id(), o));
        }
      }
    }
    return out;
  }

  /** An object record as it is, or a scalar wrapped as {@code {"value": v}}. */
  private static List<ObjectNode> record(boolean objects, JsonNode element) {
    if (objects) {
      return element instanceof ObjectNode o ? List.of(o) : List.of();
    }
    if (element.isContainerNode()) {
      return List.of();
    }
    final ObjectNode wrapped = JsonNodeFactory.instance.objectNode();
    wrapped.set("value", element);
    return List.of(wrapped);
  }
}
