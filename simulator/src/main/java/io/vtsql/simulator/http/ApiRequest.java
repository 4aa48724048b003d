package io.vtsql.simulator.http;

import io.vtsql.simulator.Account;
import io.vtsql.simulator.Licence;
import io.vtsql.simulator.Tier;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One authenticated API call: the path below {@code /api/v3}, its decoded query parameters in the
 * order sent, the caller's account, and the base URL links are built from.
 */
record ApiRequest(String path, Map<String, String> params, Account account, String base) {

  /** The caller's tier. */
  Tier tier() {
    return account.tier();
  }

  /** Fails with VirusTotal's 403 unless the caller holds {@code licence}. */
  void require(Licence licence) {
    if (!account.has(licence)) {
      throw ApiException.forbidden("You are not authorized to perform the requested operation");
    }
  }

  static Map<String, String> parseQuery(String rawQuery) {
    Map<String, String> params = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      params.putIfAbsent(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return params;
  }

  String param(String name) {
    return params.get(name);
  }
}
