package io.vtsql.simulator.http;

import java.util.Objects;

/** An API error to answer with {@code {"error": {"code", "message"}}} and an HTTP status. */
public final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  public ApiException(int status, String code, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.status = status;
    this.code = Objects.requireNonNull(code, "code");
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, "BadRequestError", message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, "NotFoundError", message);
  }

  static ApiException forbidden(String message) {
    return new ApiException(403, "ForbiddenError", message);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
