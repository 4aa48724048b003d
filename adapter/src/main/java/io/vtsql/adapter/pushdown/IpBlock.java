package io.vtsql.adapter.pushdown;

import io.vtsql.adapter.JdbcErrors;
import io.vtsql.adapter.VtQueryException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 CIDR block (a bare address is a block of one), parsed the way VirusTotal's {@code
 * ip:} modifier reads it: literals only, never DNS, host bits ignored, and an address only lies in
 * a block of its own family.
 */
public final class IpBlock {
  private static final Pattern IPV4 =
      Pattern.compile(
          "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}");
  private static final Pattern IPV6_CHARS = Pattern.compile("[0-9a-fA-F:.]+");
  private static final Pattern PREFIX = Pattern.compile("[0-9]{1,3}");

  private final byte[] network;
  private final int prefix;

  private IpBlock(byte[] network, int prefix) {
    this.network = network;
    this.prefix = prefix;
  }

  /**
   * Parses {@code address[/prefix]}.
   *
   * @throws RuntimeException a SQL error naming the text when it is not an IP address or CIDR block
   */
  public static IpBlock parse(String cidr) {
    final int slash = cidr.indexOf('/');
    final byte[] address = address(slash < 0 ? cidr : cidr.substring(0, slash));
    if (address == null) {
      throw invalid(cidr);
    }
    final int bits = address.length * 8;
    if (slash < 0) {
      return new IpBlock(address, bits);
    }
    final String p = cidr.substring(slash + 1);
    if (!PREFIX.matcher(p).matches() || Integer.parseInt(p) > bits) {
      throw invalid(cidr);
    }
    return new IpBlock(address, Integer.parseInt(p));
  }

  /**
   * The text itself once it parses as a block: the spelling sent as {@code ip:"..."}.
   *
   * @throws RuntimeException a SQL error naming the text when it is not an IP address or CIDR block
   */
  static String valid(String cidr) {
    parse(cidr);
    return cidr;
  }

  /** Whether {@code ip} is an address of this block; false for text that is no IP literal. */
  public boolean contains(String ip) {
    final byte[] a = address(ip);
    if (a == null || a.length != network.length) {
      return false;
    }
    for (int bit = 0; bit < prefix; bit++) {
      final int mask = 0x80 >>> (bit % 8);
      if ((a[bit / 8] & mask) != (network[bit / 8] & mask)) {
        return false;
      }
    }
    return true;
  }

  /** The bytes (4 or 16) of an IP literal, or null. */
  private static byte[] address(String text) {
    final String literal;
    if (IPV4.matcher(text).matches()) {
      literal = text;
    } else if (text.indexOf(':') >= 0 && IPV6_CHARS.matcher(text).matches()) {
      // In brackets the JDK accepts only an IPv6 literal and never falls back to DNS.
      literal = "[" + text + "]";
    } else {
      return null;
    }
    try {
      return InetAddress.getByName(literal).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /** The statement's error (SQLState 42000) whether it is planning or fetching rows. */
  private static RuntimeException invalid(String cidr) {
    return JdbcErrors.rethrow(
        new VtQueryException(
            "vt_ip_in: '"
                + cidr
                + "' is not an IPv4 or IPv6 address or"
                + " CIDR block (e.g. 192.0.2.0/24 or 2001:db8::/32)"));
  }
}
