package io.vtsql.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * Derives the demo API keys from the corpus seed: the lowercase hex SHA-256 of {@code
 * "vtsql-demo-premium-key:<seed>"}, {@code "vtsql-demo-public-key:<seed>"} and {@code
 * "vtsql-demo-basic-key:<seed>"}, and the accounts they belong to.
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

  /** The premium demo key without any add-on licence (no hunting, Private Scanning, Monitor). */
  public static String basic(long seed) {
    return sha256("vtsql-demo-basic-key:" + seed);
  }

  /** The premium demo analyst: every licence; the demo corpus' rulesets, jobs and graphs. */
  static Account premiumAccount() {
    return new Account("demo_analyst", "premium-demo", Tier.PREMIUM, EnumSet.allOf(Licence.class));
  }

  /** The public demo user. */
  static Account publicAccount() {
    return new Account("demo_public", "public-demo", Tier.PUBLIC, Set.of());
  }

  /** A premium user of the demo group with the premium API alone. */
  static Account basicAccount() {
    return new Account("demo_basic", "basic-demo", Tier.PREMIUM, Set.of());
  }

  /** The label under which requests with a configured {@code key} are counted; never the key. */
  public static String label(String key) {
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
