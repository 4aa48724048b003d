package io.vtsql.simulator.search;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Parses IPv4/IPv6 literals and CIDR blocks without ever touching DNS, and turns addresses into
 * sortable keys.
 */
final class IpAddresses {

  private static final Pattern IPV4 =
      Pattern.compile(
          "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}");
  private static final Pattern IPV6_CHARS = Pattern.compile("[0-9a-fA-F:.]+");
  private static final BigInteger IPV6_OFFSET = BigInteger.ONE.shiftLeft(32);

  private IpAddresses() {}

  /** The address bytes (4 or 16) of a literal, or null when {@code text} is not an IP literal. */
  static byte[] parse(String text) {
    if (IPV4.matcher(text).matches()) {
      return literal(text);
    }
    // In brackets the JDK only accepts an IPv6 literal and never falls back to a DNS lookup.
    if (text.indexOf(':') >= 0 && IPV6_CHARS.matcher(text).matches()) {
      return literal("[" + text + "]");
    }
    return null;
  }

  private static byte[] literal(String text) {
    try {
      return InetAddress.getByName(text).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /**
   * A sort key: IPv4 addresses order numerically before all IPv6 addresses, which order numerically
   * among themselves; null for non-literals.
   */
  static BigInteger sortKey(String text) {
    byte[] bytes = parse(text);
    if (bytes == null) {
      return null;
    }
    BigInteger value = new BigInteger(1, bytes);
    return bytes.length == 4 ? value : value.add(IPV6_OFFSET);
  }

  /**
   * Whether {@code address} lies in the block {@code network}/{@code prefix} of the same family.
   */
  static boolean inBlock(byte[] address, byte[] network, int prefix) {
    if (address == null || address.length != network.length) {
      return false;
    }
    for (int bit = 0; bit < prefix; bit++) {
      int mask = 0x80 >>> (bit % 8);
      if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
        return false;
      }
    }
    return true;
  }
}
