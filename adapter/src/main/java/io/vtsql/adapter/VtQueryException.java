package io.vtsql.adapter;

/** Thrown before any request when a query has no bounded way to reach VirusTotal. */
public final class VtQueryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  VtQueryException(String message) {
    super(message);
  }
}
