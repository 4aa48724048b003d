package io.vtsql.driver;

import static java.util.Objects.requireNonNull;

import java.net.Inet6Address;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.calcite.avatica.jdbc.JdbcMeta;
import org.apache.calcite.avatica.remote.LocalService;
import org.apache.calcite.avatica.server.AvaticaProtobufHandler;
import org.apache.calcite.avatica.server.HttpServer;
import org.apache.calcite.avatica.server.ServerCustomizer;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.StatisticsHandler;

/**
 * The Avatica HTTP server behind {@code vtsql serve}: protobuf over HTTP in front of {@code
 * jdbc:vt:} connections, one per remote client connection.
 */
final class VtAvaticaServer implements AutoCloseable {
  /** Jetty's "any authenticated user" role, so realm files need not name roles. */
  private static final String[] ANY_AUTHENTICATED_USER = {"**"};

  private static final long GRACEFUL_STOP_MILLIS = 5_000;

  private final HttpServer httpServer;
  private final VtJdbcMeta meta;
  private final ServerSettings settings;

  private VtAvaticaServer(HttpServer httpServer, VtJdbcMeta meta, ServerSettings settings) {
    this.httpServer = requireNonNull(httpServer, "httpServer");
    this.meta = requireNonNull(meta, "meta");
    this.settings = requireNonNull(settings, "settings");
  }

  /** Starts a server; it listens when this returns. */
  static VtAvaticaServer start(ServerSettings settings) throws SQLException {
    LogExposure.check();
    VtJdbcMeta meta = new VtJdbcMeta(avaticaSettings(settings), settings.policy());
    AvaticaProtobufHandler protobuf =
        new AvaticaProtobufHandler(new LocalService(UserBoundMeta.wrap(meta, settings.limits())));
    ServerCustomizer<Server> customizer = server -> customize(server, settings);
    HttpServer.Builder<Server> builder =
        HttpServer.Builder.<Server>newBuilder()
            .withPort(settings.port())
            .withHandler(new UserTrackingHandler(protobuf, settings.limits().maxRequestBytes()))
            .withServerCustomizers(List.of(customizer), Server.class);
    String realm = settings.realmFile().map(Object::toString).orElse(null);
    switch (settings.auth()) {
      case BASIC:
        builder.withBasicAuthentication(realm, ANY_AUTHENTICATED_USER);
        break;
      case DIGEST:
        builder.withDigestAuthentication(realm, ANY_AUTHENTICATED_USER);
        break;
      default:
        break;
    }
    HttpServer server = builder.build();
    server.start();
    return new VtAvaticaServer(server, meta, settings);
  }

  /**
   * Avatica's caches, sized above the limits {@link HandleOwners} enforces so that they never
   * evict: evicting the least recently used connection of all would let one user close another's.
   * One segment makes the capacity exact (Guava evicts per segment).
   */
  private static Properties avaticaSettings(ServerSettings settings) {
    Properties properties = new Properties();
    ServerLimits limits = settings.limits();
    put(properties, JdbcMeta.ConnectionCacheSettings.CONCURRENCY_LEVEL.key(), 1);
    put(
        properties,
        JdbcMeta.ConnectionCacheSettings.MAX_CAPACITY.key(),
        2L * limits.maxConnections());
    put(
        properties,
        JdbcMeta.ConnectionCacheSettings.EXPIRY_DURATION.key(),
        seconds(settings.connectionIdleTimeout()));
    put(properties, JdbcMeta.ConnectionCacheSettings.EXPIRY_UNIT.key(), TimeUnit.SECONDS);
    put(properties, JdbcMeta.StatementCacheSettings.CONCURRENCY_LEVEL.key(), 1);
    put(
        properties,
        JdbcMeta.StatementCacheSettings.MAX_CAPACITY.key(),
        2L * limits.maxStatements());
    put(
        properties,
        JdbcMeta.StatementCacheSettings.EXPIRY_DURATION.key(),
        seconds(settings.statementIdleTimeout()));
    put(properties, JdbcMeta.StatementCacheSettings.EXPIRY_UNIT.key(), TimeUnit.SECONDS);
    return properties;
  }

  private static void put(Properties properties, String key, Object value) {
    properties.setProperty(key, value.toString());
  }

  private static long seconds(Duration duration) {
    return Math.max(1, duration.toSeconds());
  }

  /** Binds the requested address and lets in-flight requests finish on stop. */
  private static void customize(Server server, ServerSettings settings) {
    for (Connector connector : server.getConnectors()) {
      ((ServerConnector) connector).setHost(settings.bind().getHostAddress());
    }
    StatisticsHandler statistics = new StatisticsHandler();
    statistics.setHandler(server.getHandler());
    server.setHandler(statistics);
    server.setStopTimeout(GRACEFUL_STOP_MILLIS);
  }

  /** The port the server listens on. */
  int port() {
    return httpServer.getPort();
  }

  /** The URL clients put after {@code jdbc:avatica:remote:url=}. */
  String url() {
    String host = settings.bind().getHostAddress();
    if (settings.bind() instanceof Inet6Address) {
      host = "[" + host + "]";
    }
    return "http://" + host + ":" + port();
  }

  /** The JDBC URL of the Avatica remote driver for this server. */
  String jdbcUrl() {
    return "jdbc:avatica:remote:url=" + url() + ";serialization=protobuf";
  }

  /** Blocks until the server stops. */
  void join() throws InterruptedException {
    httpServer.join();
  }

  /** Stops accepting requests, lets running ones finish, then closes every connection. */
  @Override
  public void close() {
    try {
      httpServer.stop();
    } finally {
      meta.closeAllConnections();
    }
  }
}
