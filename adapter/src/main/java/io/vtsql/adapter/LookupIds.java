package io.vtsql.adapter;

import com.google.common.net.InetAddresses;
import io.vtsql.client.VtObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The identifier rules of point lookups. A key value that cannot name an object of its table
 * (a 10-character "hash", {@code 999.1.1.1}, a domain with a space) needs no request: it
 * finds nothing. Hashes and domains are case-insensitive and sent in lower case; on
 * {@code files.id} any hash (MD5, SHA-1, SHA-256) names the file, as in VirusTotal's
 * {@code GET /files/{id}}, whose answer always carries the SHA-256 as its id.
 */
final class LookupIds {
  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
  /** Longest DNS name. */
  private static final int MAX_DOMAIN = 253;
  /** Characters no domain name contains (URL delimiters, whitespace is checked apart). */
  private static final Pattern NOT_IN_DOMAIN = Pattern.compile("[/\\\\?#@:,;'\"<>|]");

  private LookupIds() {}

  /** The id segment of the GET for {@code key = value}, or empty when nothing can match. */
  static Optional<String> pathId(VtEntity entity, LookupKey key, String value) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (key.form() == LookupKey.Form.URL) {
      return value.isBlank() ? Optional.empty() : Optional.of(Base64.getUrlEncoder()
          .withoutPadding().encodeToString(value.getBytes(StandardCharsets.UTF_8)));
    }
    switch (entity) {
    case FILES:
      return isHash(value, hashLengths(key.column())) ? Optional.of(lower(value))
          : Optional.empty();
    case URLS:
      return isHash(value, 64) ? Optional.of(lower(value)) : Optional.empty();
    case DOMAINS:
      return isDomain(value) ? Optional.of(lower(value)) : Optional.empty();
    case IP_ADDRESSES:
      return InetAddresses.isInetAddress(value) ? Optional.of(lower(value)) : Optional.empty();
    default:
      throw new AssertionError(entity);
    }
  }

  /** Whether the object VirusTotal returned answers {@code key = value} (ignoring case). */
  static boolean answers(VtEntity entity, LookupKey key, String value, VtObject object) {
    if (key.form() == LookupKey.Form.URL) {
      return value.equals(object.attributes().path("url").asText(null));
    }
    if (entity != VtEntity.FILES) {
      return value.equalsIgnoreCase(object.id());
    }
    if (!key.column().equals("id")) {
      return value.equalsIgnoreCase(object.attributes().path(key.column()).asText(null));
    }
    return value.equalsIgnoreCase(object.id())
        || value.equalsIgnoreCase(object.attributes().path("md5").asText(null))
        || value.equalsIgnoreCase(object.attributes().path("sha1").asText(null));
  }

  /** Hex lengths a file key column accepts. */
  private static int[] hashLengths(String column) {
    switch (column) {
    case "md5":
      return new int[] {32};
    case "sha1":
      return new int[] {40};
    case "sha256":
      return new int[] {64};
    default:
      return new int[] {32, 40, 64};
    }
  }

  private static boolean isHash(String value, int... lengths) {
    for (int length : lengths) {
      if (value.length() == length) {
        return HEX.matcher(value).matches();
      }
    }
    return false;
  }

  private static boolean isDomain(String value) {
    return value.length() <= MAX_DOMAIN && value.chars().noneMatch(Character::isWhitespace)
        && value.chars().noneMatch(Character::isISOControl)
        && !NOT_IN_DOMAIN.matcher(value).find();
  }

  private static String lower(String value) {
    return value.toLowerCase(Locale.ROOT);
  }
}
