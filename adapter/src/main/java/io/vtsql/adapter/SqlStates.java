package io.vtsql.adapter;

import io.vtsql.client.VtAuthenticationException;
import io.vtsql.client.VtBadRequestException;
import io.vtsql.client.VtEndpointException;
import io.vtsql.client.VtException;
import io.vtsql.client.VtForbiddenException;
import io.vtsql.client.VtProtocolException;
import io.vtsql.client.VtQuotaExceededException;
import io.vtsql.client.VtTransientException;
import io.vtsql.client.VtTransportException;
import java.net.ConnectException;
import java.net.UnknownHostException;

/**
 * The SQLState of each failure the adapter raises (the table is in docs/caching-quota-errors.md).
 * It decides by exception type, which the client derives from HTTP status and VirusTotal code.
 */
public final class SqlStates {
  /** Invalid authorization specification: WrongCredentialsError, AuthenticationRequiredError. */
  static final String AUTHENTICATION = "28000";

  /** Syntax error or access rule violation: BadRequestError, InvalidArgumentError, ... */
  static final String BAD_REQUEST = "42000";

  /** Insufficient privilege: ForbiddenError (e.g. a public key on a premium endpoint). */
  static final String FORBIDDEN = "42501";

  /**
   * Configuration limit exceeded: QuotaExceededError/TooManyRequestsError after retries, daily
   * quota.
   */
  static final String QUOTA = "53400";

  /** System error outside SQL: 5xx (TransientError, DeadlineExceededError) after retries. */
  static final String SERVER = "58000";

  /** Data exception: a body that is not a complete VirusTotal envelope (HTML, truncated, empty). */
  static final String PROTOCOL = "22000";

  /**
   * SQL client unable to establish SQL connection: VirusTotal cannot be reached, or the base URL
   * leads elsewhere (a 404 without VirusTotal's NotFoundError body).
   */
  static final String CONNECT = "08001";

  /** Connection failure: reset, timeout or broken response stream. */
  static final String CONNECTION_LOST = "08006";

  /** Program limit exceeded: the statement's maxRequests budget. */
  static final String BUDGET = "54000";

  /** Query canceled. */
  static final String CANCELED = "57014";

  /** Anything else (NotFound outside lookups, Conflict, FailedDependency, ...). */
  static final String GENERAL = "HY000";

  private SqlStates() {}

  /** Whether {@code t} is a failure this class gives a specific SQLState. */
  public static boolean knows(Throwable t) {
    return t instanceof VtException
        || t instanceof VtWriteException
        || t instanceof VtQueryException
        || t instanceof VtBudgetExceededException;
  }

  /** The SQLState of an adapter failure. */
  public static String of(RuntimeException e) {
    if (e instanceof VtBudgetExceededException) {
      return BUDGET;
    }
    if (e instanceof VtWriteException w) {
      return w.sqlState() != null
          ? w.sqlState()
          : w.getCause() instanceof RuntimeException cause ? of(cause) : GENERAL;
    }
    if (e instanceof VtQueryException) {
      return e.getMessage() != null && e.getMessage().startsWith("Statement cancelled")
          ? CANCELED
          : BAD_REQUEST;
    }
    if (e instanceof VtException v) {
      return ofClient(v);
    }
    return GENERAL;
  }

  private static String ofClient(VtException e) {
    if (e instanceof VtAuthenticationException) {
      return AUTHENTICATION;
    }
    if (e instanceof VtBadRequestException) {
      return BAD_REQUEST;
    }
    if (e instanceof VtForbiddenException) {
      return FORBIDDEN;
    }
    if (e instanceof VtQuotaExceededException) {
      return QUOTA;
    }
    if (e instanceof VtTransientException) {
      return SERVER;
    }
    if (e instanceof VtEndpointException) {
      return CONNECT;
    }
    if (e instanceof VtProtocolException) {
      return PROTOCOL;
    }
    if (e instanceof VtTransportException) {
      if ("Interrupted".equals(e.code())) {
        return CANCELED;
      }
      final Throwable cause = e.getCause();
      return cause instanceof ConnectException || cause instanceof UnknownHostException
          ? CONNECT
          : CONNECTION_LOST;
    }
    return GENERAL;
  }
}
