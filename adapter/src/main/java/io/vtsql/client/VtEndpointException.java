package io.vtsql.client;

/**
 * The URL requested is not a VirusTotal API endpoint: a 404 without VirusTotal's NotFoundError body
 * (a wrong {@code baseUrl}, a proxy's HTML page). Never read as "no such object", never retried.
 */
public class VtEndpointException extends VtProtocolException {
  private static final long serialVersionUID = 1L;

  public VtEndpointException(int httpStatus, String path, String detail) {
    super("NotAnApiEndpoint", httpStatus, path, detail, null);
  }
}
