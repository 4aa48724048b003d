package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.Corpus;
import io.vtsql.simulator.corpus.ObjectTypes;
import io.vtsql.simulator.corpus.Ref;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Builds response objects from (read-only) corpus objects, pointing every link at the simulator's
 * own base URL so clients can follow them.
 */
final class Envelopes {

  private Envelopes() {}

  /**
   * A response copy of {@code object} with its self link on {@code base}; attributes are shared.
   */
  static ObjectNode object(ObjectNode object, String base) {
    ObjectNode out = Json.object();
    String type = object.path("type").asText();
    String id = object.path("id").asText();
    out.put("type", type);
    out.put("id", id);
    out.putObject("links").put("self", base + "/" + ObjectTypes.collection(type) + "/" + id);
    JsonNode attributes = object.get("attributes");
    out.set("attributes", attributes == null ? Json.object() : attributes);
    if (object.has("context_attributes")) {
      out.set("context_attributes", object.get("context_attributes"));
    }
    return out;
  }

  /** The full object a reference points at, or a bare descriptor when the corpus lacks it. */
  static ObjectNode resolve(Corpus corpus, Ref ref, String base) {
    ObjectNode out =
        corpus
            .find(ref.type(), ref.id())
            .map(o -> object(o, base))
            .orElseGet(
                () -> {
                  ObjectNode bare = Json.object();
                  bare.put("type", ref.type());
                  bare.put("id", ref.id());
                  bare.putObject("links")
                      .put(
                          "self", base + "/" + ObjectTypes.collection(ref.type()) + "/" + ref.id());
                  return bare;
                });
    if (ref.contextAttributes() != null) {
      out.set("context_attributes", ref.contextAttributes());
    }
    return out;
  }

  /** {@code {"data": [...], "meta": {...}?, "links": {...}}} for one page of a collection. */
  static ObjectNode page(List<ObjectNode> items, ObjectNode meta, ObjectNode links) {
    ObjectNode body = Json.object();
    ArrayNode data = body.putArray("data");
    items.forEach(data::add);
    if (meta != null) {
      body.set("meta", meta);
    }
    body.set("links", links);
    return body;
  }

  /** {@code ?a=1&b=2} from pairs, values URL-encoded with {@code +} for spaces. */
  static String query(String... pairs) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      if (pairs[i + 1] == null) {
        continue;
      }
      sb.append(sb.length() == 0 ? '?' : '&')
          .append(pairs[i])
          .append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return sb.toString();
  }
}
