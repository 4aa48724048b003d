package io.vtsql.adapter;

import java.util.Map;
import org.apache.calcite.schema.Schema;
import org.apache.calcite.schema.SchemaFactory;
import org.apache.calcite.schema.SchemaPlus;

/**
 * Calcite {@link SchemaFactory} of the {@code vt} schema; model operands are described in
 * {@link VtSettings} and {@link RelationshipSettings}.
 */
public final class VtSchemaFactory implements SchemaFactory {
  /** Public no-argument constructor, as Calcite's model loader requires. */
  public VtSchemaFactory() {
  }

  @Override public Schema create(SchemaPlus parentSchema, String name,
      Map<String, Object> operand) {
    return new VtSchema(VtSettings.backend(operand), RelationshipSettings.fromOperands(operand));
  }
}
