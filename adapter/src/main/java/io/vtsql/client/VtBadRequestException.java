package io.vtsql.client;

/**
 * HTTP 400: the request is invalid (BadRequestError, InvalidArgumentError, NotAvailableYet, ...).
 */
public class VtBadRequestException extends VtApiException {
  private static final long serialVersionUID = 1L;

  public VtBadRequestException(String code, int httpStatus, String path, String message) {
    super(code, httpStatus, path, message);
  }
}
