package io.vtsql.client;

/**
 * VirusTotal answered with an error (a {@code {"error":{"code","message"}}} body or an error
 * status).
 */
public class VtApiException extends VtException {
  private static final long serialVersionUID = 1L;

  public VtApiException(String code, int httpStatus, String path, String message) {
    super(code, httpStatus, path, message, null);
  }
}
