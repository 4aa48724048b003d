package io.vtsql.simulator.http;

import java.io.IOException;

/**
 * Thrown out of a handler to make the JDK server drop the connection (it closes the connection of
 * any exchange whose handler throws): the only way to reset or truncate a response there.
 */
final class AbortedConnection extends IOException {

  private static final long serialVersionUID = 1L;

  AbortedConnection(String message) {
    super(message);
  }
}
