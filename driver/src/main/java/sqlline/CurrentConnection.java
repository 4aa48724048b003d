package sqlline;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** The JDBC connection a sqlline session currently uses, which sqlline keeps package-private. */
public final class CurrentConnection {
  private CurrentConnection() {}

  /** The current connection, if the session has one. */
  public static Optional<Connection> of(SqlLine sqlLine) {
    DatabaseConnection connection = sqlLine.getDatabaseConnection();
    try {
      return connection == null
          ? Optional.empty()
          : Optional.ofNullable(connection.getConnection());
    } catch (SQLException e) {
      return Optional.empty();
    }
  }
}
