package io.vtsql.driver;

/**
 * How many Avatica connections and statements {@code vtsql serve} keeps open, in all and per user,
 * and the largest request body it reads.
 *
 * @param maxConnections open connections in all
 * @param maxConnectionsPerUser open connections of one authenticated user (without authentication
 *     every client counts as the same user)
 * @param maxStatements open statements in all
 * @param maxStatementsPerUser open statements of one user
 * @param maxRequestBytes largest HTTP request body; a larger one is refused with 413
 */
record ServerLimits(
    int maxConnections,
    int maxConnectionsPerUser,
    int maxStatements,
    int maxStatementsPerUser,
    long maxRequestBytes) {

  ServerLimits {
    if (maxConnections < 1
        || maxConnectionsPerUser < 1
        || maxStatements < 1
        || maxStatementsPerUser < 1
        || maxRequestBytes < 1) {
      throw new IllegalArgumentException(
          "connection, statement and request size limits must be" + " positive");
    }
  }
}
