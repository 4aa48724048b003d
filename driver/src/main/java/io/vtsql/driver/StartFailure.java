package io.vtsql.driver;

import java.net.BindException;

/** The one line that tells an operator why {@code vtsql serve} could not start. */
final class StartFailure {
  private StartFailure() {}

  /** What went wrong and what to change, without a stack trace. */
  static String describe(Throwable failure, ServerSettings settings) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof BindException) {
        return "cannot listen on "
            + settings.bind().getHostAddress()
            + ":"
            + settings.port()
            + " ("
            + t.getMessage()
            + "); stop what uses that port or choose another --port";
      }
      if (t instanceof IllegalStateException
          && t.getMessage() != null
          && t.getMessage().startsWith("refusing to start")) {
        return t.getMessage();
      }
    }
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null
            ? root.getClass().getSimpleName()
            : SqlErrors.firstLine(root.getMessage());
    return "cannot start: " + message;
  }
}
