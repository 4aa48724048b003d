package io.vtsql.adapter.catalog;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;

/** SQL types a catalogue column can have; deliberately no MAP/ANY (Avatica cannot carry them). */
public enum VtColumnType {
  VARCHAR(SqlTypeName.VARCHAR),
  INTEGER(SqlTypeName.INTEGER),
  BIGINT(SqlTypeName.BIGINT),
  DOUBLE(SqlTypeName.DOUBLE),
  BOOLEAN(SqlTypeName.BOOLEAN),
  TIMESTAMP(SqlTypeName.TIMESTAMP),
  VARCHAR_ARRAY(SqlTypeName.ARRAY);

  private final SqlTypeName sqlTypeName;

  VtColumnType(SqlTypeName sqlTypeName) {
    this.sqlTypeName = sqlTypeName;
  }

  /** The Calcite type name (ARRAY for lists). */
  public SqlTypeName sqlTypeName() {
    return sqlTypeName;
  }

  /** Creates the nullable relational type of a column of this type. */
  public RelDataType toRelType(RelDataTypeFactory factory, boolean nullable) {
    final RelDataType type;
    switch (this) {
      case VARCHAR_ARRAY:
        type =
            factory.createArrayType(
                factory.createTypeWithNullability(
                    factory.createSqlType(SqlTypeName.VARCHAR), false),
                -1);
        break;
      case TIMESTAMP:
        type = factory.createSqlType(SqlTypeName.TIMESTAMP, 0);
        break;
      default:
        type = factory.createSqlType(sqlTypeName);
        break;
    }
    return factory.createTypeWithNullability(type, nullable);
  }
}
