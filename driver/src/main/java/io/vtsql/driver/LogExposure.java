package io.vtsql.driver;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the server's logging would write secrets: at DEBUG (or TRACE) Jetty logs the raw bytes
 * and headers of requests (clients' {@code apiKey} properties, BASIC passwords) and Avatica logs
 * requests and connection properties. {@code vtsql serve} refuses to start then, because no filter
 * on those messages could be complete.
 */
final class LogExposure {
  /** Loggers (through slf4j, and Jetty's own facade) that write request contents at DEBUG. */
  private static final List<String> REQUEST_LOGGERS =
      List.of(
          "org.eclipse.jetty.http.HttpParser",
          "org.eclipse.jetty.server.HttpChannel",
          "org.eclipse.jetty.server.HttpConnection",
          "org.eclipse.jetty.io.ChannelEndPoint",
          "org.eclipse.jetty.server.Request",
          "org.apache.calcite.avatica.server.AvaticaProtobufHandler",
          "org.apache.calcite.avatica.remote.ProtobufHandler",
          "org.apache.calcite.avatica.remote.LocalService",
          "org.apache.calcite.avatica.jdbc.JdbcMeta");

  private LogExposure() {}

  /** The first logger that would write request contents, if any. */
  static Optional<String> requestContentLogger() {
    for (String name : REQUEST_LOGGERS) {
      Logger logger = LoggerFactory.getLogger(name);
      if (logger.isDebugEnabled()
          || org.eclipse.jetty.util.log.Log.getLogger(name).isDebugEnabled()) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  /** Fails when logging would write request contents; says what to change. */
  static void check() {
    requestContentLogger()
        .ifPresent(
            name -> {
              throw new IllegalStateException(
                  "refusing to start: DEBUG logging is on for "
                      + name
                      + ", which would write raw requests (clients' API keys and passwords) to the log;"
                      + " set org.eclipse.jetty and org.apache.calcite.avatica to INFO or above");
            });
  }
}
