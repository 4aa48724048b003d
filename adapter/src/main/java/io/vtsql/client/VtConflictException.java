package io.vtsql.client;

/** HTTP 409: the resource already exists (AlreadyExistsError). */
public class VtConflictException extends VtApiException {
  private static final long serialVersionUID = 1L;

  public VtConflictException(String code, int httpStatus, String path, String message) {
    super(code, httpStatus, path, message);
  }
}
