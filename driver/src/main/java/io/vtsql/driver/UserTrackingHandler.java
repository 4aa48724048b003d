package io.vtsql.driver;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.calcite.avatica.remote.Service.RpcMetadataResponse;
import org.apache.calcite.avatica.server.AvaticaHandler;
import org.apache.calcite.avatica.server.AvaticaProtobufHandler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * Wraps Avatica's protobuf handler and remembers, for the duration of one HTTP request, the user
 * that HTTP authentication established, so that a new connection can use that user's VirusTotal key
 * and stays bound to that user. (Avatica offers the remote user only to Kerberos impersonation.) It
 * also refuses request bodies Avatica would read whole into memory when they are larger than the
 * limit (413) or of unknown length (411).
 */
final class UserTrackingHandler extends HandlerWrapper implements AvaticaHandler {
  private static final ThreadLocal<String> CURRENT_USER = new ThreadLocal<>();

  private final AvaticaProtobufHandler protobufHandler;
  private final long maxRequestBytes;

  UserTrackingHandler(AvaticaProtobufHandler protobufHandler, long maxRequestBytes) {
    this.protobufHandler = requireNonNull(protobufHandler, "protobufHandler");
    this.maxRequestBytes = maxRequestBytes;
    setHandler(protobufHandler);
  }

  /** The authenticated user of the request this thread is serving, if any. */
  static Optional<String> currentUser() {
    return Optional.ofNullable(CURRENT_USER.get());
  }

  @Override
  public void handle(
      String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    long length = request.getContentLengthLong();
    if ("POST".equals(request.getMethod()) && (length < 0 || length > maxRequestBytes)) {
      // Jetty reads no more than the declared length, so checking it bounds what Avatica reads.
      refuse(
          baseRequest,
          response,
          length < 0
              ? HttpServletResponse.SC_LENGTH_REQUIRED
              : HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
          length < 0
              ? "vtsql serve: a request needs a Content-Length"
              : "vtsql serve: request of "
                  + length
                  + " bytes refused; the limit is "
                  + maxRequestBytes
                  + " bytes (--max-request-size)");
      return;
    }
    CURRENT_USER.set(request.getRemoteUser());
    try {
      super.handle(target, baseRequest, request, response);
    } finally {
      CURRENT_USER.remove();
    }
  }

  private static void refuse(
      Request baseRequest, HttpServletResponse response, int status, String message)
      throws IOException {
    baseRequest.setHandled(true);
    response.setStatus(status);
    response.setContentType("text/plain;charset=utf-8");
    // Close the connection rather than read (and discard) a body of that size.
    response.setHeader("Connection", "close");
    response.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void setServerRpcMetadata(RpcMetadataResponse metadata) {
    protobufHandler.setServerRpcMetadata(metadata);
  }
}
