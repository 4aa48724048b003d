package io.vtsql.client;

/** HTTP 424: a request this one depended on failed. */
public class VtFailedDependencyException extends VtApiException {
  private static final long serialVersionUID = 1L;

  public VtFailedDependencyException(String code, int httpStatus, String path, String message) {
    super(code, httpStatus, path, message);
  }
}
