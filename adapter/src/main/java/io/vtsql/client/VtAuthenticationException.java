package io.vtsql.client;

/** HTTP 401: the API key is missing, wrong or inactive. */
public class VtAuthenticationException extends VtApiException {
  private static final long serialVersionUID = 1L;

  public VtAuthenticationException(String code, int httpStatus, String path, String message) {
    super(code, httpStatus, path, message);
  }
}
