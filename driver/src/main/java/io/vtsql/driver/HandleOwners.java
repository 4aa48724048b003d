package io.vtsql.driver;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.calcite.avatica.remote.AvaticaRuntimeException;

/**
 * Which user opened each Avatica connection, and which connection each statement belongs to, so
 * that a connection or statement id is usable only by the user who opened it, and so that each
 * user's share of open connections and statements is bounded (one user can neither exhaust the
 * server's capacity nor push another user's connections out of it).
 */
final class HandleOwners {
  /** SQLState of a connection refused because a limit is reached: rejected establishment. */
  static final String CONNECTION_REFUSED = "08004";

  /** SQLState of a statement refused because a limit is reached: too many handles. */
  static final String TOO_MANY_STATEMENTS = "HY014";

  /** SQLState of an unknown (or someone else's) connection: connection does not exist. */
  static final String NO_SUCH_CONNECTION = "08003";

  /** SQLState of an unknown (or someone else's) statement: invalid statement name. */
  static final String NO_SUCH_STATEMENT = "26000";

  private final ServerLimits limits;
  private final Map<String, String> connectionUsers = new ConcurrentHashMap<>();
  private final Map<Integer, String> statementConnections = new ConcurrentHashMap<>();
  private final Set<String> opening = new HashSet<>();

  HandleOwners(ServerLimits limits) {
    this.limits = limits;
  }

  /**
   * Records a connection about to be opened by {@code user}; fails when the id is taken or a limit
   * is reached. {@code open} gives the ids of the connections Avatica still holds (idle ones
   * expire); it is read under this registry's lock, and connections still being opened are kept
   * although Avatica does not hold them yet.
   */
  synchronized void openConnection(String id, String user, Supplier<Set<String>> open) {
    forgetClosed(open.get());
    if (connectionUsers.containsKey(id)) {
      throw error("vtsql serve: connection id " + id + " is already in use", CONNECTION_REFUSED);
    }
    if (connectionUsers.size() >= limits.maxConnections()) {
      throw error(
          "vtsql serve: the server has "
              + limits.maxConnections()
              + " open connections, its limit; try again later",
          CONNECTION_REFUSED);
    }
    long mine = connectionUsers.values().stream().filter(user::equals).count();
    if (mine >= limits.maxConnectionsPerUser()) {
      throw error(
          "vtsql serve: user "
              + label(user)
              + " already has "
              + mine
              + " open connections, the most one user may have; close some first",
          CONNECTION_REFUSED);
    }
    connectionUsers.put(id, user);
    opening.add(id);
  }

  /** Marks a connection as opened: from now on Avatica holds it while it is open. */
  synchronized void opened(String id) {
    opening.remove(id);
  }

  /**
   * Checks that {@code user} may create one more statement on its connection; {@code open} are the
   * ids of the statements still open.
   */
  synchronized void beforeNewStatement(String user, Supplier<Set<Integer>> open) {
    statementConnections.keySet().retainAll(open.get());
    if (statementConnections.size() >= limits.maxStatements()) {
      throw error(
          "vtsql serve: the server has "
              + limits.maxStatements()
              + " open statements, its limit; close some or try again later",
          TOO_MANY_STATEMENTS);
    }
    long mine =
        statementConnections.values().stream()
            .filter(connection -> user.equals(connectionUsers.get(connection)))
            .count();
    if (mine >= limits.maxStatementsPerUser()) {
      throw error(
          "vtsql serve: user "
              + label(user)
              + " already has "
              + mine
              + " open statements, the most one user may have; close some first",
          TOO_MANY_STATEMENTS);
    }
  }

  /**
   * Fails when the connection was opened by another user. A connection no user holds passes, so
   * that Avatica reports it missing in the way its clients expect (they open it again).
   */
  void checkConnection(String id, String user) {
    String owner = id == null ? null : connectionUsers.get(id);
    if (owner != null && !owner.equals(user)) {
      throw error(
          "vtsql serve: no open connection "
              + id
              + " of user "
              + label(user)
              + " (closed, expired, or opened by another user)",
          NO_SUCH_CONNECTION);
    }
  }

  /**
   * Fails unless the statement belongs to the given connection of {@code user}. A statement this
   * registry does not know passes when {@code stillOpen} is false, so that Avatica reports it
   * missing in the way its clients expect (they then prepare it again).
   */
  void checkStatement(String connectionId, int id, String user, boolean stillOpen) {
    checkConnection(connectionId, user);
    String connection = statementConnections.get(id);
    if (connection == null ? stillOpen : !connection.equals(connectionId)) {
      throw error(
          "vtsql serve: no statement "
              + id
              + " on connection "
              + connectionId
              + " (closed, expired, or opened by another user)",
          NO_SUCH_STATEMENT);
    }
  }

  /** Records a statement Avatica created (and holds) on a connection. */
  synchronized void addStatement(String connectionId, int id) {
    if (connectionUsers.containsKey(connectionId)) {
      statementConnections.put(id, connectionId);
    }
  }

  /** Forgets a closed statement. */
  void closeStatement(int id) {
    statementConnections.remove(id);
  }

  /** Forgets a closed connection and its statements. */
  synchronized void closeConnection(String id) {
    connectionUsers.remove(id);
    opening.remove(id);
    statementConnections.values().removeIf(id::equals);
  }

  /** Forgets a connection whose opening failed. */
  void openFailed(String id) {
    closeConnection(id);
  }

  private void forgetClosed(Set<String> open) {
    connectionUsers.keySet().removeIf(id -> !open.contains(id) && !opening.contains(id));
    statementConnections.values().removeIf(connection -> !connectionUsers.containsKey(connection));
  }

  private static String label(String user) {
    return user.isEmpty() ? "(unauthenticated)" : user;
  }

  private static AvaticaRuntimeException error(String message, String sqlState) {
    return RemoteErrors.error(message, 0, sqlState);
  }
}
