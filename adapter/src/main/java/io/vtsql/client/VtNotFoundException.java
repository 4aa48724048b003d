package io.vtsql.client;

/** HTTP 404: the requested object or resource does not exist. */
public class VtNotFoundException extends VtApiException {
  private static final long serialVersionUID = 1L;

  public VtNotFoundException(String code, int httpStatus, String path, String message) {
    super(code, httpStatus, path, message);
  }
}
