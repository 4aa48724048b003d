package io.vtsql.adapter.rules;

import java.lang.reflect.Method;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.linq4j.tree.Types;
import org.apache.calcite.rel.type.RelDataType;

/**
 * The row format of the scans' generated code. Scans enumerate {@code Object[]} rows, but Calcite's
 * enumerable operators (sort, union, joins, ...) derive their own physical type from the row type,
 * and for one column that is the bare value, not a one-element array: a scan of one column must
 * therefore hand over its values, or the operators above it pass arrays on as values.
 */
public final class ScanRows {
  /** {@link #firstColumn(Enumerable)}, for code generation. */
  private static final Method FIRST_COLUMN =
      Types.lookupMethod(ScanRows.class, "firstColumn", Enumerable.class);

  private ScanRows() {}

  /** The physical type Calcite's operators expect for {@code rowType}: arrays, or scalars. */
  static PhysType physType(EnumerableRelImplementor implementor, RelDataType rowType) {
    return PhysTypeImpl.of(implementor.getTypeFactory(), rowType, JavaRowFormat.ARRAY);
  }

  /** Adapts an expression giving {@code Enumerable<Object[]>} to {@code physType}'s format. */
  static Expression adapt(PhysType physType, Expression arrayRows) {
    return physType.getFormat() == JavaRowFormat.SCALAR
        ? Expressions.call(FIRST_COLUMN, arrayRows)
        : arrayRows;
  }

  /** The only column of one-column rows, as values. */
  public static Enumerable<Object> firstColumn(Enumerable<Object[]> rows) {
    return rows.select(row -> row[0]);
  }
}
