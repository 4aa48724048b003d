package io.vtsql.adapter.pushdown;

import io.vtsql.adapter.catalog.Catalog;
import io.vtsql.adapter.catalog.RelationshipColumn;
import io.vtsql.adapter.catalog.RelationshipDef;
import io.vtsql.adapter.catalog.VtColumn;
import io.vtsql.adapter.query.RelationshipQuery;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Parent ids of a relationship scan named by its target ids, for relationships whose target ids
 * contain their parent's ({@link RelationshipDef#parentOfTarget}: a sandbox report {@code
 * <sha256>_<sandbox>} of a file's {@code behaviours}). {@code id = v} then reads the parent's
 * targets, a superset the filter above re-checks. A literal is resolved while planning; a parameter
 * through {@link #OPERATOR}, evaluated when the query runs. An id that names no parent becomes the
 * empty parent, which reads nothing.
 */
public final class TargetIdParents {
  /** {@code VT_PARENT_OF_TARGET(table, id)}: only ever a parent expression, never in SQL. */
  static final SqlFunction OPERATOR =
      new SqlFunction(
          "VT_PARENT_OF_TARGET",
          SqlKind.OTHER_FUNCTION,
          ReturnTypes.explicit(SqlTypeName.VARCHAR),
          null,
          OperandTypes.STRING_STRING,
          SqlFunctionCategory.USER_DEFINED_FUNCTION);

  private final RexBuilder rexBuilder;
  private final RelationshipDef relationship;
  private final int targetIdOrdinal;

  private TargetIdParents(
      RexBuilder rexBuilder, RelationshipDef relationship, int targetIdOrdinal) {
    this.rexBuilder = rexBuilder;
    this.relationship = relationship;
    this.targetIdOrdinal = targetIdOrdinal;
  }

  /** The parents the target ids of a scan name, if its relationship's target ids name them. */
  public static Optional<TargetIdParents> of(RexBuilder rexBuilder, RelationshipQuery query) {
    if (!(query.relationship() instanceof RelationshipDef r) || !r.parentInTargetId()) {
      return Optional.empty();
    }
    final List<RelationshipColumn> columns = query.columns();
    for (int i = 0; i < columns.size(); i++) {
      final RelationshipColumn c = columns.get(i);
      if (c.kind() == RelationshipColumn.Kind.TARGET && c.target().source() == VtColumn.Source.ID) {
        return Optional.of(new TargetIdParents(rexBuilder, r, i));
      }
    }
    return Optional.empty();
  }

  /** Input ordinal of the target id column. */
  int targetIdOrdinal() {
    return targetIdOrdinal;
  }

  /** The parent expression of a target id value, if it is a character literal or parameter. */
  Optional<RexNode> parentOf(RexNode value) {
    if (value instanceof RexLiteral lit
        && !lit.isNull()
        && lit.getTypeName().getFamily() == SqlTypeFamily.CHARACTER) {
      return Optional.of(
          rexBuilder.makeLiteral(
              relationship.parentOfTarget(lit.getValueAs(String.class)).orElse("")));
    }
    if (value instanceof RexDynamicParam) {
      return Optional.of(
          rexBuilder.makeCall(
              rexBuilder.getTypeFactory().createSqlType(SqlTypeName.VARCHAR),
              OPERATOR,
              List.of(rexBuilder.makeLiteral(relationship.tableName()), value)));
    }
    return Optional.empty();
  }

  /** Whether a parent expression is a call of {@link #OPERATOR}. */
  public static boolean isCall(RexNode node) {
    return node instanceof RexCall call && call.getOperator() == OPERATOR;
  }

  /**
   * The parent a target id names, when the query runs: the empty parent (no rows, no request) for
   * an id that names none. Public for generated code.
   */
  public static String parentOf(String table, Object targetId) {
    if (targetId == null) {
      return "";
    }
    return Catalog.relationships().stream()
        .filter(r -> r.tableName().equals(table))
        .findFirst()
        .flatMap(r -> r.parentOfTarget(targetId.toString()))
        .orElse("");
  }
}
