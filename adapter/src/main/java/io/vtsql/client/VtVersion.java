package io.vtsql.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The vtsql version, filtered into a resource at build time; it names the client in its User-Agent.
 */
public final class VtVersion {
  private static final String VERSION = load();

  private VtVersion() {}

  /** The version string, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String version() {
    return VERSION;
  }

  /** The User-Agent the client sends: {@code vtsql/<version>}. */
  public static String userAgent() {
    return "vtsql/" + VERSION;
  }

  private static String load() {
    try (InputStream in = VtVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException(
            "io/vtsql/client/version.properties is missing from the class path");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
