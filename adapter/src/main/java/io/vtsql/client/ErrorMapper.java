package io.vtsql.client;

import java.time.Duration;
import java.util.Locale;

/**
 * Maps a VirusTotal error (HTTP status plus {@code error.code}) to the typed exception of that
 * kind.
 *
 * <p>The HTTP status decides first (it is what VirusTotal documents per code); the code decides
 * when the status is not one of the documented ones (e.g. when a body-only capture is parsed with
 * status 0).
 */
final class ErrorMapper {
  private ErrorMapper() {}

  /**
   * Builds the exception for an error response.
   *
   * @param retryAfter the response's Retry-After, or null
   */
  static VtException map(
      int status, String code, String message, String path, Duration retryAfter) {
    int kind = status >= 400 ? status : statusOfCode(code);
    switch (kind) {
      case 400:
        return new VtBadRequestException(code, status, path, message);
      case 401:
        return new VtAuthenticationException(code, status, path, message);
      case 403:
        return new VtForbiddenException(code, status, path, message);
      case 404:
        return new VtNotFoundException(code, status, path, message);
      case 409:
        return new VtConflictException(code, status, path, message);
      case 424:
        return new VtFailedDependencyException(code, status, path, message);
      case 429:
        return new VtQuotaExceededException(
            code, status, path, message, retryAfter, isDaily(code, message));
      default:
        if (kind >= 500) {
          return new VtTransientException(code, status, path, message, retryAfter);
        }
        return new VtApiException(code, status, path, message);
    }
  }

  /**
   * A QuotaExceededError is a daily one when the server's message says so ("daily", "per day",
   * "day"). VirusTotal documents that daily quotas reset at 00:00 UTC; the client's own daily
   * counter is the other source of this knowledge (see {@code RollingWindowRateLimiter}).
   */
  static boolean isDaily(String code, String message) {
    if (!"QuotaExceededError".equals(code) || message == null) {
      return false;
    }
    String m = message.toLowerCase(Locale.ROOT);
    return m.contains("daily")
        || m.contains("per day")
        || m.contains("day quota")
        || m.contains("a day");
  }

  private static int statusOfCode(String code) {
    switch (code) {
      case "BadRequestError":
      case "InvalidArgumentError":
      case "NotAvailableYet":
      case "UnselectiveContentQueryError":
      case "UnsupportedContentQueryError":
        return 400;
      case "AuthenticationRequiredError":
      case "UserNotActiveError":
      case "WrongCredentialsError":
        return 401;
      case "ForbiddenError":
        return 403;
      case "NotFoundError":
        return 404;
      case "AlreadyExistsError":
        return 409;
      case "FailedDependencyError":
        return 424;
      case "QuotaExceededError":
      case "TooManyRequestsError":
        return 429;
      case "TransientError":
        return 503;
      case "DeadlineExceededError":
        return 504;
      default:
        return 0;
    }
  }
}
