package io.vtsql.adapter.catalog;

import com.google.common.net.InetAddresses;
import io.vtsql.client.VtObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The identifier forms object types declare. Hashes and domains are case-insensitive and sent in
 * lower case; a value that cannot name an object of its type (a 10-character "hash", {@code
 * 999.1.1.1}, a domain with a space, {@code ..}) finds nothing without a request.
 */
public final class IdForms {
  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");

  /** Longest DNS name. */
  private static final int MAX_DOMAIN = 253;

  /** Characters no domain name contains (URL delimiters, whitespace is checked apart). */
  private static final Pattern NOT_IN_DOMAIN = Pattern.compile("[/\\\\?#@:,;'\"<>|]");

  /** A domain name. */
  public static final IdForm DOMAIN = caseless(IdForms::isDomain);

  /** An IPv4 or IPv6 literal. */
  public static final IdForm IP = caseless(InetAddresses::isInetAddress);

  /** Any id VirusTotal made up (comments, collections, analyses, ...): no path delimiters. */
  public static final IdForm OPAQUE =
      new IdForm() {
        @Override
        public Optional<String> pathId(String value) {
          return value.isBlank()
                  || value.equals(".")
                  || value.equals("..")
                  || value.chars().anyMatch(c -> c == '/' || c == '?' || c == '#' || c < ' ')
              ? Optional.empty()
              : Optional.of(value);
        }

        @Override
        public boolean answers(String column, String value, VtObject object) {
          return value.equals(object.id());
        }
      };

  /**
   * A resolution id: an IP literal immediately followed by the host name that resolved to it
   * ({@code 140.82.114.3github.com}, protocol.md §3); anything that splits no such way names no
   * resolution.
   */
  public static final IdForm RESOLUTION = caseless(IdForms::isResolution);

  /** A URL, sent as the unpadded base64url of its text and matched on the url attribute. */
  public static final IdForm URL =
      new IdForm() {
        @Override
        public Optional<String> pathId(String value) {
          return value.isBlank()
              ? Optional.empty()
              : Optional.of(
                  Base64.getUrlEncoder()
                      .withoutPadding()
                      .encodeToString(value.getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public boolean answers(String column, String value, VtObject object) {
          return value.equals(object.attributes().path("url").asText(null));
        }

        @Override
        public boolean urlForm() {
          return true;
        }
      };

  private IdForms() {}

  /**
   * A hexadecimal hash of one of the given lengths, compared with the id or, for the other lengths,
   * with the attributes named in {@code aliases} (a file's md5 and sha1).
   */
  public static IdForm hash(List<Integer> lengths, List<String> aliases) {
    return new IdForm() {
      @Override
      public Optional<String> pathId(String value) {
        return lengths.contains(value.length()) && HEX.matcher(value).matches()
            ? Optional.of(value.toLowerCase(Locale.ROOT))
            : Optional.empty();
      }

      @Override
      public boolean answers(String column, String value, VtObject object) {
        if (value.equalsIgnoreCase(object.id())) {
          return true;
        }
        return aliases.stream()
            .anyMatch(a -> value.equalsIgnoreCase(object.attributes().path(a).asText(null)));
      }
    };
  }

  /** A hexadecimal hash kept in the attribute named like its column (files.md5, files.sha1). */
  public static IdForm hashAttribute(int length) {
    return new IdForm() {
      @Override
      public Optional<String> pathId(String value) {
        return value.length() == length && HEX.matcher(value).matches()
            ? Optional.of(value.toLowerCase(Locale.ROOT))
            : Optional.empty();
      }

      @Override
      public boolean answers(String column, String value, VtObject object) {
        return value.equalsIgnoreCase(object.attributes().path(column).asText(null));
      }
    };
  }

  /**
   * An id of a fixed shape, e.g. ATT&CK's {@code T1055.012}: sent as written, and a value of
   * another shape (other letter case included) names nothing.
   */
  public static IdForm matching(String regex) {
    final Pattern shape = Pattern.compile(regex);
    return new IdForm() {
      @Override
      public Optional<String> pathId(String value) {
        return shape.matcher(value).matches() ? Optional.of(value) : Optional.empty();
      }

      @Override
      public boolean answers(String column, String value, VtObject object) {
        return value.equals(object.id());
      }
    };
  }

  private static IdForm caseless(java.util.function.Predicate<String> valid) {
    return new IdForm() {
      @Override
      public Optional<String> pathId(String value) {
        return !value.isEmpty() && valid.test(value)
            ? Optional.of(value.toLowerCase(Locale.ROOT))
            : Optional.empty();
      }

      @Override
      public boolean answers(String column, String value, VtObject object) {
        return value.equalsIgnoreCase(object.id());
      }
    };
  }

  private static boolean isResolution(String value) {
    for (int i = 1; i < value.length(); i++) {
      if (InetAddresses.isInetAddress(value.substring(0, i)) && isDomain(value.substring(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDomain(String value) {
    return value.length() <= MAX_DOMAIN
        && value.chars().noneMatch(Character::isWhitespace)
        && value.chars().noneMatch(Character::isISOControl)
        && !NOT_IN_DOMAIN.matcher(value).find()
        && !value.equals(".")
        && !value.equals("..");
  }
}
