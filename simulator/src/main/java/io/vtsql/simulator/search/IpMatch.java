package io.vtsql.simulator.search;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * The value of an {@code ip:} modifier: an IPv4/IPv6 literal (matches the same address, in any
 * textual form) or a CIDR block {@code address/prefix} (matches every address of the same family
 * inside it; host bits of the address are ignored).
 */
final class IpMatch {

  private IpMatch() {}

  /** A predicate over IP address texts; throws BadRequestError for malformed values. */
  static Predicate<String> parse(String modifier, String value) {
    int slash = value.indexOf('/');
    byte[] address = IpAddresses.parse(slash < 0 ? value : value.substring(0, slash));
    if (address == null) {
      throw invalid(modifier, value);
    }
    if (slash < 0) {
      return text -> Arrays.equals(address, IpAddresses.parse(text));
    }
    int prefix = prefix(value.substring(slash + 1), address.length * 8);
    if (prefix < 0) {
      throw invalid(modifier, value);
    }
    return text -> IpAddresses.inBlock(IpAddresses.parse(text), address, prefix);
  }

  private static int prefix(String text, int maxBits) {
    if (!text.matches("[0-9]{1,3}")) {
      return -1;
    }
    int bits = Integer.parseInt(text);
    return bits <= maxBits ? bits : -1;
  }

  private static SearchException invalid(String modifier, String value) {
    return SearchException.badRequest(
        "Invalid value '"
            + value
            + "' for modifier '"
            + modifier
            + "': expected an IPv4 or IPv6 address or a CIDR block such as 192.0.2.0/24");
  }
}
