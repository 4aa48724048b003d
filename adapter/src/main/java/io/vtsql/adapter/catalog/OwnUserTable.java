package io.vtsql.adapter.catalog;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A table of the connection's own user: a child table of {@code users} whose parent is the user the
 * connection property {@code vtUser} names, e.g. {@code my_quotas} for {@code user_overall_quotas
 * WHERE user_id = vtUser}. vtsql never puts the API key in a URL, so the user must be named.
 */
public final class OwnUserTable implements TableDef {
  private final String tableName;
  private final ChildTable source;

  /** The table {@code tableName} of {@code source}'s rows for the connection's own user. */
  public OwnUserTable(String tableName, ChildTable source) {
    this.tableName = requireNonNull(tableName, "tableName");
    this.source = requireNonNull(source, "source");
  }

  /** The child table read, with {@code vtUser} as its only parent. */
  public ChildTable source() {
    return source;
  }

  @Override
  public String tableName() {
    return tableName;
  }

  @Override
  public String remark() {
    return source.description()
        + ", for the connection's own user (vt."
        + source.tableName()
        + " WHERE "
        + source.parentColumn()
        + " = the connection property vtUser)";
  }

  @Override
  public Optional<String> columnRemark(String column) {
    return source.columnRemark(column);
  }

  /** The one-line error of a statement on the table when {@code vtUser} is not set. */
  public String needsUserMessage() {
    return "vt."
        + tableName
        + " reads the connection's own user, which the connection property vtUser names"
        + " (its username; vtsql never puts the API key in a URL). Set vtUser, or read vt."
        + source.tableName()
        + " WHERE "
        + source.parentColumn()
        + " = '<username>'.";
  }

  @Override
  public String toString() {
    return tableName;
  }
}
