package io.vtsql.driver;

import org.apache.calcite.avatica.remote.Service.RpcMetadataResponse;
import org.apache.calcite.avatica.server.AvaticaHandler;
import org.apache.calcite.avatica.server.AvaticaProtobufHandler;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;

import java.io.IOException;
import java.util.Optional;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import static java.util.Objects.requireNonNull;

/**
 * Wraps Avatica's protobuf handler and remembers, for the duration of one HTTP request, the
 * user that HTTP authentication established, so that a new connection can use that user's
 * VirusTotal key. (Avatica offers the remote user only to Kerberos impersonation.)
 */
final class UserTrackingHandler extends HandlerWrapper implements AvaticaHandler {
  private static final ThreadLocal<String> CURRENT_USER = new ThreadLocal<>();

  private final AvaticaProtobufHandler protobufHandler;

  UserTrackingHandler(AvaticaProtobufHandler protobufHandler) {
    this.protobufHandler = requireNonNull(protobufHandler, "protobufHandler");
    setHandler(protobufHandler);
  }

  /** The authenticated user of the request this thread is serving, if any. */
  static Optional<String> currentUser() {
    return Optional.ofNullable(CURRENT_USER.get());
  }

  @Override public void handle(String target, Request baseRequest, HttpServletRequest request,
      HttpServletResponse response) throws IOException, ServletException {
    CURRENT_USER.set(request.getRemoteUser());
    try {
      super.handle(target, baseRequest, request, response);
    } finally {
      CURRENT_USER.remove();
    }
  }

  @Override public void setServerRpcMetadata(RpcMetadataResponse metadata) {
    protobufHandler.setServerRpcMetadata(metadata);
  }
}
