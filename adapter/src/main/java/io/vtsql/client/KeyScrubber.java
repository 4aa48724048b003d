package io.vtsql.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Drops the {@code apikey} attribute that user and service account objects carry (their owner's or
 * group admin's view, pw_user_get_pii_replaced.yml) from every response as it arrives, so a key
 * never reaches a cache, a row or a log: vtsql keeps keys in the {@code x-apikey} header only.
 */
final class KeyScrubber {
  private KeyScrubber() {}

  /** Removes {@code attributes.apikey} from the response's {@code data} object or objects. */
  static void scrub(JsonNode root) {
    final JsonNode data = root == null ? null : root.get("data");
    if (data == null) {
      return;
    }
    if (data.isArray()) {
      data.forEach(KeyScrubber::scrubObject);
    } else {
      scrubObject(data);
    }
  }

  private static void scrubObject(JsonNode object) {
    if (object.get("attributes") instanceof ObjectNode attributes) {
      attributes.remove("apikey");
    }
  }
}
