package io.vtsql.adapter;

/**
 * A statement that cannot be answered as written (no bounded way to reach VirusTotal, a value such
 * as a malformed CIDR block), raised before any request where possible.
 */
public final class VtQueryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public VtQueryException(String message) {
    super(message);
  }
}
