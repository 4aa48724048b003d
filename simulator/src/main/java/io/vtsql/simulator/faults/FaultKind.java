package io.vtsql.simulator.faults;

import java.util.Locale;

/** A kind of failure the simulator can inject into an {@code /api/v3} response. */
public enum FaultKind {
  /** 429 QuotaExceededError (with Retry-After when configured). */
  QUOTA_EXCEEDED(429, "QuotaExceededError", "Quota exceeded"),
  /** 429 TooManyRequestsError (with Retry-After when configured). */
  TOO_MANY_REQUESTS(429, "TooManyRequestsError", "Too many requests"),
  /** 503 TransientError. */
  TRANSIENT(503, "TransientError", "Transient server error. Retry might work."),
  /** 504 DeadlineExceededError. */
  DEADLINE_EXCEEDED(504, "DeadlineExceededError", "The operation took too long to complete"),
  /** 500 with an error body. */
  SERVER_ERROR(500, "InternalError", "Internal server error"),
  /** Content-Length of the full body, then half the body and a closed connection. */
  TRUNCATED(200, null, null),
  /** A complete response whose JSON is cut in half (Content-Length matches the cut body). */
  CUT_JSON(200, null, null),
  /** An HTML error page with status 200. */
  HTML_200(200, null, null),
  /** An HTML error page with status 502. */
  HTML_502(502, null, null),
  /** A non-JSON text body with status 200. */
  NON_JSON(200, null, null),
  /** Status 200 with an empty body. */
  EMPTY_200(200, null, null),
  /** The normal body, sent slowly in small pieces. */
  SLOW_BODY(200, null, null),
  /** The connection is closed without any response. */
  RESET(0, null, null),
  /** A proxy's HTML "404 Not Found" page instead of the API's answer (as a wrong base URL gets). */
  HTML_404(404, null, null),
  /** Status 200 and a JSON body that never ends (until the client hangs up). */
  ENDLESS_BODY(200, null, null),
  /**
   * The normal response, after which the server closes the kept-alive connection without a word, as
   * a server does to a connection left idle beyond its timeout: the client's next request on it
   * finds it dead.
   */
  IDLE_CLOSE(200, null, null);

  private final int status;
  private final String code;
  private final String message;

  FaultKind(int status, String code, String message) {
    this.status = status;
    this.code = code;
    this.message = message;
  }

  /** The HTTP status of the injected response; 0 when none is sent. */
  public int status() {
    return status;
  }

  /** The VirusTotal error code for error-body faults, else null. */
  public String code() {
    return code;
  }

  /** The error message for error-body faults, else null. */
  public String message() {
    return message;
  }

  /** The name used in the JSON control API, e.g. {@code quota_exceeded}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a JSON control name. */
  public static FaultKind fromJson(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
