package io.vtsql.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Derives the demo API keys from the corpus seed: the lowercase hex SHA-256 of {@code
 * "vtsql-demo-premium-key:<seed>"} and {@code "vtsql-demo-public-key:<seed>"}.
 */
public final class DemoKeys {

  private DemoKeys() {}

  /** The premium demo key for a seed. */
  public static String premium(long seed) {
    return sha256("vtsql-demo-premium-key:" + seed);
  }

  /** The public demo key for a seed. */
  public static String publicKey(long seed) {
    return sha256("vtsql-demo-public-key:" + seed);
  }

  /** The label under which requests with {@code key} are counted; never reveals the key. */
  static String label(String key, String premiumDemo, String publicDemo) {
    if (key.equals(premiumDemo)) {
      return "premium-demo";
    }
    if (key.equals(publicDemo)) {
      return "public-demo";
    }
    return "key-" + (key.length() >= 4 ? key.substring(0, 4) : key);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the JDK", e);
    }
  }
}
