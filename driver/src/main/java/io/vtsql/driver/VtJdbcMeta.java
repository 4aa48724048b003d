package io.vtsql.driver;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.calcite.avatica.jdbc.JdbcMeta;

/**
 * Avatica's {@link JdbcMeta} over {@code jdbc:vt:} connections, each opened with the properties the
 * {@link RemoteConnectionPolicy} grants the remote user, and never with the server's own
 * environment (so the operator's {@code VT_API_KEY} is shared only when the policy says so).
 */
final class VtJdbcMeta extends JdbcMeta {
  private static final String AVATICA_SETTING_PREFIX = "avatica.";

  private final RemoteConnectionPolicy policy;
  private final VtDriver driver = new VtDriver();

  /**
   * Creates the meta.
   *
   * @param avaticaSettings Avatica's connection and statement cache settings ({@code
   *     avatica.connectioncache.*}, {@code avatica.statementcache.*})
   * @param policy decides each connection's properties
   */
  VtJdbcMeta(Properties avaticaSettings, RemoteConnectionPolicy policy) throws SQLException {
    super(VtDriver.CONNECT_STRING_PREFIX, avaticaSettings);
    this.policy = requireNonNull(policy, "policy");
  }

  @Override
  public void openConnection(ConnectionHandle ch, Map<String, String> info) {
    Properties granted = policy.connectionProperties(info, UserTrackingHandler.currentUser());
    Map<String, String> map = new HashMap<>();
    granted.stringPropertyNames().forEach(name -> map.put(name, granted.getProperty(name)));
    super.openConnection(ch, map);
  }

  @Override
  protected Connection createConnection(String url, Properties info) throws SQLException {
    // JdbcMeta merges its own cache settings into every connection's properties; drop them.
    Properties properties = new Properties();
    for (String name : info.stringPropertyNames()) {
      if (!name.startsWith(AVATICA_SETTING_PREFIX)) {
        properties.setProperty(name, info.getProperty(name));
      }
    }
    return driver.connect(url, properties, Map.of());
  }

  /** The ids of the connections still open (idle ones expire). */
  Set<String> openConnectionIds() {
    getConnectionCache().cleanUp();
    return Set.copyOf(getConnectionCache().asMap().keySet());
  }

  /** The ids of the statements still open. */
  Set<Integer> openStatementIds() {
    getStatementCache().cleanUp();
    return Set.copyOf(getStatementCache().asMap().keySet());
  }

  /** Whether a statement is still open. */
  boolean isStatementOpen(int id) {
    return getStatementCache().getIfPresent(id) != null;
  }

  /** Closes every open connection (server shutdown). */
  void closeAllConnections() {
    getConnectionCache().invalidateAll();
  }
}
