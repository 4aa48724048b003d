package io.vtsql.client;

/**
 * The response is not a usable VirusTotal envelope: non-JSON, truncated, an HTML page, empty, or
 * the wrong shape.
 */
public class VtProtocolException extends VtException {
  private static final long serialVersionUID = 1L;

  public VtProtocolException(
      String code, int httpStatus, String path, String detail, Throwable cause) {
    super(code, httpStatus, path, detail, cause);
  }
}
