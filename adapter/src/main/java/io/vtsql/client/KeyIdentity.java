package io.vtsql.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identifies an API key without revealing it: the SHA-256 of the key, used in cache keys, registry
 * keys and masked descriptions (a short prefix of the hash).
 */
public final class KeyIdentity {
  private KeyIdentity() {}

  /** Hex SHA-256 of the key. */
  public static String of(String apiKey) {
    return sha256(apiKey);
  }

  /** A description safe to print: {@code sha256:<first 8 hex of the hash>}, or {@code none}. */
  public static String describe(String apiKey) {
    if (apiKey == null || apiKey.isEmpty()) {
      return "none";
    }
    return "sha256:" + of(apiKey).substring(0, 8);
  }

  /** Hex SHA-256 of a text (UTF-8). */
  static String sha256(String text) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(d.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
