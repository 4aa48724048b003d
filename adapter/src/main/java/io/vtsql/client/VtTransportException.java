package io.vtsql.client;

/** No complete response was received: connection refused or reset, timeout, interrupted read. */
public class VtTransportException extends VtException {
  private static final long serialVersionUID = 1L;

  public VtTransportException(String code, String path, String detail, Throwable cause) {
    super(code, 0, path, detail, cause);
  }
}
