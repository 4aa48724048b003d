package io.vtsql.simulator.search;

import java.util.Objects;

/**
 * A search request VirusTotal would reject, carrying the API error code (HTTP 400 for all of them).
 */
public final class SearchException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The error code of malformed queries, unknown modifiers and disallowed orders. */
  public static final String BAD_REQUEST = "BadRequestError";

  private final String code;

  /** An exception with an API error code such as {@code BadRequestError}. */
  public SearchException(String code, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.code = Objects.requireNonNull(code, "code");
  }

  /** A {@code BadRequestError} with the given message. */
  static SearchException badRequest(String message) {
    return new SearchException(BAD_REQUEST, message);
  }

  /** The VirusTotal error code, e.g. {@code BadRequestError}. */
  public String code() {
    return code;
  }
}
