package io.vtsql.adapter;

import java.util.Map;

/**
 * Connection settings of relationship scans, read from model operands:
 * {@code fanOut}, the most relationship calls for different parents in flight at once
 * (default 4, at most 32); every call still passes the client's rate limiter.
 *
 * @param fanOut bounded concurrency of per-parent calls
 */
public record RelationshipSettings(int fanOut) {
  /** Default concurrency of per-parent calls. */
  public static final int DEFAULT_FAN_OUT = 4;
  /** Largest accepted {@code fanOut}. */
  public static final int MAX_FAN_OUT = 32;

  public RelationshipSettings {
    if (fanOut < 1 || fanOut > MAX_FAN_OUT) {
      throw new IllegalArgumentException("vt schema: fanOut must be between 1 and "
          + MAX_FAN_OUT + ": " + fanOut);
    }
  }

  /** Reads the {@code fanOut} operand; throws IllegalArgumentException when it is malformed. */
  public static RelationshipSettings fromOperands(Map<String, Object> operand) {
    final Object v = operand.get("fanOut");
    if (v == null) {
      return new RelationshipSettings(DEFAULT_FAN_OUT);
    }
    try {
      return new RelationshipSettings(Integer.parseInt(v.toString().strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("vt schema: fanOut must be an integer: " + v, e);
    }
  }
}
