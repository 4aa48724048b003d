package io.vtsql.driver;

/** The version of vtsql reported through JDBC metadata and the launcher. */
final class VtVersion {
  static final String VERSION = "0.1.0";
  static final int MAJOR = 0;
  static final int MINOR = 1;

  private VtVersion() {}
}
