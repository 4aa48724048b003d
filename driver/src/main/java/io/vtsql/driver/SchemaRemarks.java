package io.vtsql.driver;

import java.util.Optional;
import org.apache.calcite.schema.Table;

/**
 * One-line descriptions of tables and columns, answered from static knowledge (never from the API),
 * that JDBC metadata reports as {@code REMARKS}.
 */
interface SchemaRemarks {
  /** Description of a table, if known. */
  Optional<String> table(Table table);

  /** Description of a column of a table, if known. */
  Optional<String> column(Table table, String column);
}
