package io.vtsql.driver;

import java.util.Optional;

/**
 * One-line descriptions of tables and columns, answered from static knowledge (never from the
 * API), that JDBC metadata reports as {@code REMARKS}.
 */
interface SchemaRemarks {
  /** Description of a table, if known. */
  Optional<String> table(String schema, String table);

  /** Description of a column, if known. */
  Optional<String> column(String schema, String table, String column);
}
