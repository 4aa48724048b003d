package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque cursors: base64url of {@code {"offset": n, "scope": "<endpoint>"}}. A cursor is valid only
 * for the endpoint (and search query) that issued it; anything else is a 400.
 */
final class Cursors {

  private Cursors() {}

  static String encode(int offset, String scope) {
    ObjectNode node = Json.object();
    node.put("offset", offset);
    node.put("scope", Integer.toHexString(scope.hashCode()));
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The offset of {@code cursor}; 0 when absent or empty. */
  static int decode(String cursor, String scope) {
    if (cursor == null || cursor.isEmpty()) {
      return 0;
    }
    try {
      JsonNode node = Json.MAPPER.readTree(Base64.getUrlDecoder().decode(cursor));
      int offset = node.path("offset").asInt(-1);
      if (offset < 0
          || !node.path("scope").asText().equals(Integer.toHexString(scope.hashCode()))) {
        throw ApiException.badRequest("Invalid cursor");
      }
      return offset;
    } catch (java.io.IOException | IllegalArgumentException e) {
      throw ApiException.badRequest("Invalid cursor");
    }
  }

  /** Parses {@code limit}: default when absent, 400 when not a positive integer or above max. */
  static int limit(String value, int defaultLimit, int max) {
    if (value == null) {
      return defaultLimit;
    }
    int limit;
    try {
      limit = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("Invalid limit \"" + value + "\"");
    }
    if (limit <= 0) {
      throw ApiException.badRequest("Limit must be greater than 0");
    }
    if (limit > max) {
      throw ApiException.badRequest("Limit can't be larger than " + max);
    }
    return limit;
  }
}
