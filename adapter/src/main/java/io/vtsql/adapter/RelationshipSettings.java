package io.vtsql.adapter;

/**
 * Connection settings of relationship scans: {@code fanOut}, the most relationship calls for
 * different parents in flight at once; every call still passes the client's rate limiter. The value
 * is the one {@link VtSettings} parsed for the whole schema (point lookups use it too).
 *
 * @param fanOut bounded concurrency of per-parent calls
 */
public record RelationshipSettings(int fanOut) {
  public RelationshipSettings {
    if (fanOut < 1 || fanOut > VtBackend.MAX_FAN_OUT) {
      throw new IllegalArgumentException(
          "vt schema: fanOut must be between 1 and " + VtBackend.MAX_FAN_OUT + ": " + fanOut);
    }
  }

  /** The relationship settings of a schema's backend. */
  static RelationshipSettings of(VtBackend backend) {
    return new RelationshipSettings(backend.fanOut());
  }
}
