package io.vtsql.client;

import static java.util.Objects.requireNonNull;

/**
 * Replaces every occurrence of one API key in a text by a fixed mask, so that server-supplied text
 * (error messages, echoed paths) can be put into exceptions and logs without leaking the key.
 */
public final class KeyMask {
  /** The text that stands for the key wherever it would have appeared. */
  public static final String MASK = "<apikey>";

  /** A mask for contexts without a key (parsing captured bodies). */
  public static final KeyMask NONE = new KeyMask("");

  private final String key;

  public KeyMask(String key) {
    this.key = requireNonNull(key, "key");
  }

  /** Returns the text with every occurrence of the key replaced by {@link #MASK}. */
  public String mask(String text) {
    if (text == null || key.isEmpty()) {
      return text;
    }
    return text.replace(key, MASK);
  }

  /** True when the text contains the key. */
  public boolean leaks(String text) {
    return !key.isEmpty() && text != null && text.contains(key);
  }

  @Override
  public String toString() {
    return "KeyMask{" + KeyIdentity.describe(key) + "}";
  }
}
