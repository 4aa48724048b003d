package io.vtsql.driver;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Prepares typical statements in the background while the shell starts, so that the user's first
 * statement finds Calcite's classes loaded and its planner, metadata handlers and code compiler
 * warm (they are shared by all connections of the JVM).
 *
 * <p>Statements are only prepared, never run, on a private connection to a closed loopback port
 * with a dummy key: the warm-up cannot send a request, so it costs no quota whatever the shell
 * connects to.
 */
final class ShellWarmUp {
  /** Where the warm-up connection points: nothing listens on the discard port. */
  static final String NOWHERE = "http://127.0.0.1:9/api/v3";

  /** A lookup, a search with an aggregate and a relationship join: the planner's main paths. */
  static final List<String> STATEMENTS =
      List.of(
          "SELECT id, size, malicious FROM files WHERE id = '" + "0".repeat(64) + "'",
          "SELECT type_tag, COUNT(*) FROM files WHERE malicious > 30 GROUP BY type_tag",
          "SELECT f.id, d.id FROM (SELECT id FROM files WHERE malicious > 20 LIMIT 10) f"
              + " JOIN file_contacted_domains d ON d.file_id = f.id");

  private ShellWarmUp() {}

  /** Starts the warm-up on a daemon thread, which never keeps the JVM alive. */
  static Thread start() {
    Thread thread = new Thread(ShellWarmUp::run, "vtsql-warm-up");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** Prepares {@link #STATEMENTS}; a failure only means the first statement pays as before. */
  static void run() {
    Properties properties = new Properties();
    properties.setProperty("baseUrl", NOWHERE);
    properties.setProperty("apiKey", "0".repeat(64));
    try (Connection c =
        new VtDriver().connect(VtDriver.CONNECT_STRING_PREFIX, properties, Map.of())) {
      for (String sql : STATEMENTS) {
        c.prepareStatement(sql).close();
      }
    } catch (SQLException | RuntimeException e) {
      // Nothing to report: the warm-up is an optimisation the user never asked for.
    }
  }
}
