package io.vtsql.driver;

import static java.util.Objects.requireNonNull;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything {@code vtsql serve} needs to start: where it listens, how it authenticates, what each
 * remote connection gets, and Avatica's connection and statement limits.
 *
 * @param port TCP port, 0 for a free one
 * @param bind address to listen on
 * @param auth HTTP authentication scheme
 * @param realmFile Jetty realm file ({@code user: password[,role...]}) when authenticating
 * @param policy properties and key of each remote connection
 * @param limits open connections and statements, in all and per user, and request size
 * @param connectionIdleTimeout a connection unused this long is closed
 * @param statementIdleTimeout a statement unused this long is closed
 */
record ServerSettings(
    int port,
    InetAddress bind,
    AuthMode auth,
    Optional<Path> realmFile,
    RemoteConnectionPolicy policy,
    ServerLimits limits,
    Duration connectionIdleTimeout,
    Duration statementIdleTimeout) {

  /** How remote clients prove who they are. */
  enum AuthMode {
    /** No authentication: allowed on loopback addresses only. */
    NONE,
    /** HTTP BASIC against a Jetty realm file. */
    BASIC,
    /** HTTP DIGEST against a Jetty realm file. */
    DIGEST
  }

  ServerSettings {
    requireNonNull(bind, "bind");
    requireNonNull(auth, "auth");
    requireNonNull(realmFile, "realmFile");
    requireNonNull(policy, "policy");
    requireNonNull(limits, "limits");
    requireNonNull(connectionIdleTimeout, "connectionIdleTimeout");
    requireNonNull(statementIdleTimeout, "statementIdleTimeout");
    if (!bind.isLoopbackAddress() && auth == AuthMode.NONE) {
      throw new IllegalArgumentException(
          "refusing to listen on "
              + bind.getHostAddress()
              + " without authentication: anyone who can reach it could query VirusTotal through"
              + " this server. Use --auth basic --users <realm file>, or --bind 127.0.0.1");
    }
    if (auth != AuthMode.NONE && realmFile.isEmpty()) {
      throw new IllegalArgumentException(
          "--auth "
              + auth.name().toLowerCase(Locale.ROOT)
              + " needs --users <realm file> (lines of the form `user: password`)");
    }
  }
}
