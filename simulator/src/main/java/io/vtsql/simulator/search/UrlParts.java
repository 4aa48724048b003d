package io.vtsql.simulator.search;

import java.util.Locale;

/**
 * Splits a URL string into the host and path the {@code hostname:}, {@code domain:} and {@code
 * path:} modifiers look at, without {@link java.net.URI}'s strictness (VirusTotal stores URLs as
 * submitted).
 */
final class UrlParts {

  private UrlParts() {}

  /**
   * The lower-cased host: the authority after {@code scheme://} (or from the start when there is no
   * scheme) without user info and port; IPv6 hosts keep their brackets.
   */
  static String host(String url) {
    int start = authorityStart(url);
    String authority = url.substring(start, authorityEnd(url, start));
    authority = authority.substring(authority.lastIndexOf('@') + 1);
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      authority = close < 0 ? authority : authority.substring(0, close + 1);
    } else if (authority.indexOf(':') >= 0) {
      authority = authority.substring(0, authority.indexOf(':'));
    }
    return authority.toLowerCase(Locale.ROOT);
  }

  /**
   * The path: from the first {@code /} after the authority up to, not including, {@code ?} or
   * {@code #}; empty when the URL has no path.
   */
  static String path(String url) {
    int end = authorityEnd(url, authorityStart(url));
    if (end >= url.length() || url.charAt(end) != '/') {
      return "";
    }
    int stop = end;
    while (stop < url.length() && url.charAt(stop) != '?' && url.charAt(stop) != '#') {
      stop++;
    }
    return url.substring(end, stop);
  }

  private static int authorityStart(String url) {
    int scheme = url.indexOf("://");
    return scheme < 0 ? 0 : scheme + 3;
  }

  private static int authorityEnd(String url, int start) {
    int end = start;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    return end;
  }
}
