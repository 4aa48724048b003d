package io.vtsql.driver;

import java.net.InetAddress;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Starts {@code vtsql serve} in-process on a free loopback port for tests. */
final class ServerFixture {
  private ServerFixture() {}

  static VtAvaticaServer start(RemoteConnectionPolicy policy) throws SQLException {
    return start(policy, ServerSettings.AuthMode.NONE, null);
  }

  static VtAvaticaServer start(
      RemoteConnectionPolicy policy, ServerSettings.AuthMode auth, Path realmFile)
      throws SQLException {
    return start(policy, auth, realmFile, new ServerLimits(20, 20, 100, 100, 1 << 20));
  }

  static VtAvaticaServer start(
      RemoteConnectionPolicy policy,
      ServerSettings.AuthMode auth,
      Path realmFile,
      ServerLimits limits)
      throws SQLException {
    return VtAvaticaServer.start(
        new ServerSettings(
            0,
            InetAddress.getLoopbackAddress(),
            auth,
            Optional.ofNullable(realmFile),
            policy,
            limits,
            Duration.ofMinutes(1),
            Duration.ofMinutes(1)));
  }

  /** A policy pointing every connection at a simulator, with no shared key. */
  static RemoteConnectionPolicy towards(String baseUrl) {
    return new RemoteConnectionPolicy(Map.of("baseUrl", baseUrl), Map.of(), null);
  }
}
