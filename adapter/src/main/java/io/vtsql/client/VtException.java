package io.vtsql.client;

/**
 * Base of every error the VirusTotal client raises; it names the error code, HTTP status and
 * request path.
 *
 * <p>The path is the API path relative to the base URL, with its query string; it never contains
 * the API key (the client refuses to put the key in a URL, and masks it in any text that comes back
 * from the server).
 */
public class VtException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final int httpStatus;
  private final String path;
  private final String detail;

  /**
   * Creates an exception.
   *
   * @param code VirusTotal error code (e.g. {@code NotFoundError}) or a local code (e.g. {@code
   *     InvalidJson})
   * @param httpStatus HTTP status of the response, 0 when there was no response
   * @param path request path with query, without the key
   * @param detail human-readable explanation (the server's message for API errors)
   * @param cause underlying cause, may be null
   */
  public VtException(String code, int httpStatus, String path, String detail, Throwable cause) {
    super(format(code, httpStatus, path, detail), cause);
    this.code = code;
    this.httpStatus = httpStatus;
    this.path = path;
    this.detail = detail;
  }

  /** VirusTotal error code, or a local code for failures without a VirusTotal error body. */
  public String code() {
    return code;
  }

  /** HTTP status of the response; 0 when no response was received. */
  public int httpStatus() {
    return httpStatus;
  }

  /** Request path relative to the base URL, with query string, never containing the API key. */
  public String path() {
    return path;
  }

  /** The explanation without the code/status/path prefix (the server's message for API errors). */
  public String detail() {
    return detail;
  }

  private static String format(String code, int httpStatus, String path, String detail) {
    String status = httpStatus == 0 ? "no HTTP response" : "HTTP " + httpStatus;
    // a write's path names its method ("POST /files/{id}/comments"); a read's is a bare path
    String request = path != null && path.matches("^[A-Z]+ .*") ? path : "GET " + path;
    return code + " (" + status + ") on " + request + ": " + detail;
  }
}
