package io.vtsql.client;

import java.util.ArrayList;
import java.util.List;

/**
 * Which cached reads a write makes stale: those of the written path and of the prefixes the write
 * names ({@link VtWrite#invalidates()}), each with everything beneath it ({@code /files/x} covers
 * {@code /files/x/comments?limit=10}).
 */
final class Invalidation {
  private Invalidation() {}

  /** The prefixes a write request invalidates. */
  static List<String> prefixes(VtRequest request) {
    List<String> out = new ArrayList<>(request.writeRequest().invalidates());
    if (!request.writeRequest().absolute()) {
      out.add(request.path());
    }
    return out;
  }

  /** Whether a cached path-and-query lies at or beneath one of the prefixes. */
  static boolean covers(List<String> prefixes, String pathAndQuery) {
    int q = pathAndQuery.indexOf('?');
    String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    for (String p : prefixes) {
      if (path.equals(p) || path.startsWith(p.endsWith("/") ? p : p + "/")) {
        return true;
      }
    }
    return false;
  }
}
