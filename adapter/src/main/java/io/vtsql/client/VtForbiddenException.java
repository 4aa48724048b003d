package io.vtsql.client;

/** HTTP 403: the key may not perform the operation (e.g. a public key on a premium endpoint). */
public class VtForbiddenException extends VtApiException {
  private static final long serialVersionUID = 1L;

  public VtForbiddenException(String code, int httpStatus, String path, String message) {
    super(code, httpStatus, path, message);
  }
}
