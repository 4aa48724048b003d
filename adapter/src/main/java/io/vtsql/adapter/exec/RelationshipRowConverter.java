package io.vtsql.adapter.exec;

import com.fasterxml.jackson.databind.JsonNode;
import io.vtsql.adapter.catalog.RelationshipColumn;
import io.vtsql.adapter.catalog.VtColumn;
import io.vtsql.client.VtObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a parent id and one related object into a row of the projected relationship columns; target
 * columns go through {@link RowConverter} so they read exactly like the core tables.
 */
public final class RelationshipRowConverter {
  private final List<RelationshipColumn> columns;
  private final RowConverter targets;
  private final int[] targetSlot;

  public RelationshipRowConverter(List<RelationshipColumn> columns) {
    this.columns = List.copyOf(columns);
    final List<VtColumn> targetColumns = new ArrayList<>();
    this.targetSlot = new int[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      final RelationshipColumn c = columns.get(i);
      targetSlot[i] = c.kind() == RelationshipColumn.Kind.TARGET ? targetColumns.size() : -1;
      if (c.kind() == RelationshipColumn.Kind.TARGET) {
        targetColumns.add(c.target());
      }
    }
    this.targets = new RowConverter(targetColumns);
  }

  public Object[] toRow(String parentId, VtObject object) {
    final Object[] targetValues = targets.toRow(object);
    final Object[] row = new Object[columns.size()];
    for (int i = 0; i < row.length; i++) {
      switch (columns.get(i).kind()) {
        case PARENT_ID:
          row[i] = parentId;
          break;
        case TARGET_TYPE:
          row[i] = object.type();
          break;
        case MAP_KEY:
          row[i] = object.id();
          break;
        case ELEMENT_VALUE:
          final JsonNode value = object.attributes().path("value");
          row[i] =
              value.isValueNode() && !value.isNull()
                  ? value.asText()
                  : value.isNull() || value.isMissingNode() ? null : value.toString();
          break;
        case CONTEXT_ATTRIBUTES:
          row[i] =
              object.contextAttributes() == null || object.contextAttributes().isNull()
                  ? null
                  : object.contextAttributes().toString();
          break;
        default:
          row[i] = targetValues[targetSlot[i]];
          break;
      }
    }
    return row;
  }
}
