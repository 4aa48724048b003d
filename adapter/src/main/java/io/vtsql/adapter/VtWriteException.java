package io.vtsql.adapter;

import static java.util.Objects.requireNonNull;

/**
 * A write that was refused before any request, or that VirusTotal refused or left unknown, with the
 * SQLState that says which (docs/writes.md lists them): 23502 a required value is missing, 23514 a
 * value VirusTotal does not take, 23503 the object written to does not exist, 23505 it exists
 * already (a second vote), 40003 the outcome is unknown.
 */
public final class VtWriteException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String sqlState;

  /**
   * @param sqlState the state, or null to take the cause's
   */
  public VtWriteException(String sqlState, String message, Throwable cause) {
    super(requireNonNull(message, "message"), cause);
    this.sqlState = sqlState;
  }

  /** The SQLState, or null when the cause's applies. */
  String sqlState() {
    return sqlState;
  }
}
