package io.vtsql.adapter.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.vtsql.adapter.catalog.VtColumn;
import io.vtsql.adapter.catalog.VtColumnType;
import io.vtsql.client.VtObject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a VirusTotal object into a row of the projected catalogue columns, in Calcite's internal
 * representation (TIMESTAMP as epoch milliseconds, ARRAY as a {@link List}). Missing or mistyped
 * attributes become NULL rather than errors.
 */
public final class RowConverter {
  private static final DateTimeFormatter TEXT_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);
  private final List<VtColumn> columns;

  RowConverter(List<VtColumn> columns) {
    this.columns = List.copyOf(columns);
  }

  Object[] toRow(VtObject object) {
    final Object[] row = new Object[columns.size()];
    for (int i = 0; i < row.length; i++) {
      row[i] = value(columns.get(i), object);
    }
    return row;
  }

  private static Object value(VtColumn column, VtObject object) {
    switch (column.source()) {
      case ID:
        return object.id();
      case TYPE:
        return object.type();
      case CONTEXT:
        return convert(
            column.type(),
            walk(
                object.contextAttributes() == null
                    ? MissingNode.getInstance()
                    : object.contextAttributes(),
                column.path()));
      case RAW_ATTRIBUTES:
        return object.attributes().toString();
      case DETECTION_NAMES:
        return detectionNames(attribute(column, object));
      default:
        return convert(column.type(), attribute(column, object));
    }
  }

  private static JsonNode attribute(VtColumn column, VtObject object) {
    return walk(object.attributes(), column.path());
  }

  /** The node at {@code path}; a {@code *} step collects the rest of the path of every element. */
  private static JsonNode walk(JsonNode start, List<String> path) {
    JsonNode node = start;
    for (int i = 0; i < path.size(); i++) {
      if (path.get(i).equals("*")) {
        if (!node.isArray()) {
          return MissingNode.getInstance();
        }
        final List<String> rest = path.subList(i + 1, path.size());
        final ArrayNode values = JsonNodeFactory.instance.arrayNode();
        node.forEach(
            e -> {
              final JsonNode v = walk(e, rest);
              if (!v.isMissingNode() && !v.isNull()) {
                values.add(v);
              }
            });
        return values;
      }
      node = node.path(path.get(i));
    }
    return node;
  }

  /**
   * NULL when the object has no analysis results, else the distinct detection labels: the results
   * of engines whose category is malicious or suspicious. URL engines also put verdict words such
   * as {@code clean} or {@code unrated} in {@code result}; those are no detections.
   */
  private static List<String> detectionNames(JsonNode results) {
    if (!results.isObject()) {
      return null;
    }
    final Set<String> names = new LinkedHashSet<>();
    results.forEach(
        engine -> {
          final JsonNode result = engine.path("result");
          final String category = engine.path("category").asText();
          if (result.isTextual()
              && (category.equals("malicious") || category.equals("suspicious"))) {
            names.add(result.textValue());
          }
        });
    return new ArrayList<>(names);
  }

  /**
   * A date VirusTotal writes as UTC text, {@code yyyy-MM-dd HH:mm:ss} (certificate validity) or
   * ISO-8601 such as {@code 2021-01-01T01:11:01.507935Z} (VT Alerts notifications), in epoch
   * milliseconds; other text is NULL.
   */
  private static Long textTimestamp(String text) {
    try {
      return LocalDateTime.parse(text, TEXT_DATE).toInstant(ZoneOffset.UTC).toEpochMilli();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(text).toEpochMilli();
      } catch (DateTimeParseException notIso) {
        return null;
      }
    }
  }

  private static Object convert(VtColumnType type, JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    switch (type) {
      case VARCHAR:
        return node.isValueNode() ? node.asText() : node.toString();
      case INTEGER:
        return node.isIntegralNumber() && node.canConvertToInt() ? node.intValue() : null;
      case BIGINT:
        return node.isIntegralNumber() && node.canConvertToLong() ? node.longValue() : null;
      case DOUBLE:
        return node.isNumber() ? node.doubleValue() : null;
      case BOOLEAN:
        return node.isBoolean() ? node.booleanValue() : null;
      case TIMESTAMP:
        return node.isIntegralNumber()
            ? Long.valueOf(node.longValue() * 1000L)
            : node.isTextual() ? textTimestamp(node.textValue()) : null;
      case VARCHAR_ARRAY:
        if (!node.isArray()) {
          return null;
        }
        final List<String> list = new ArrayList<>(node.size());
        node.forEach(e -> list.add(e.isValueNode() ? e.asText() : e.toString()));
        return list;
      default:
        throw new AssertionError(type);
    }
  }
}
