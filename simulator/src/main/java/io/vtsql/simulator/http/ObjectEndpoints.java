package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.Tier;
import io.vtsql.simulator.corpus.Cardinality;
import io.vtsql.simulator.corpus.Corpus;
import io.vtsql.simulator.corpus.ObjectTypes;
import io.vtsql.simulator.corpus.Ref;
import io.vtsql.simulator.corpus.Relationship;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code GET /{collection}/{id}} (with {@code ?relationships=} embedding), {@code GET
 * /{collection}/{id}/{relationship}} (full objects) and {@code GET
 * /{collection}/{id}/relationships/{relationship}} (descriptors).
 */
final class ObjectEndpoints {

  static final int DEFAULT_LIMIT = 10;
  static final int MAX_LIMIT = 40;

  /** Embedded relationships carry 20 descriptors per page (azul feed capture). */
  static final int EMBEDDED_PAGE = 20;

  private static final Map<String, String> NAMES =
      Map.of(
          "file",
          "File",
          "url",
          "URL",
          "domain",
          "Domain",
          "ip_address",
          "IpAddress",
          "resolution",
          "Resolution",
          "comment",
          "Comment",
          "vote",
          "Vote",
          "whois",
          "Whois",
          "submission",
          "Submission");

  private final Corpus corpus;

  ObjectEndpoints(Corpus corpus) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
  }

  ObjectNode object(ApiRequest request, String type, String rawId) {
    String id = canonical(type, rawId);
    ObjectNode out = Envelopes.object(corpus.find(type, id).orElseThrow(), request.base());
    String wanted = request.param("relationships");
    if (wanted != null && !wanted.isBlank()) {
      ObjectNode rels = out.putObject("relationships");
      for (String name : wanted.split(",")) {
        String rel = name.trim();
        if (!rel.isEmpty()) {
          rels.set(rel, embedded(request, type, id, relationship(request, type, rel)));
        }
      }
    }
    ObjectNode body = Json.object();
    body.set("data", out);
    return body;
  }

  ObjectNode related(
      ApiRequest request, String type, String rawId, String name, boolean descriptorsOnly) {
    String id = canonical(type, rawId);
    Relationship rel = relationship(request, type, name);
    String objectPath = request.base() + "/" + ObjectTypes.collection(type) + "/" + id;
    String relatedPath = objectPath + "/" + name;
    String descriptorPath = objectPath + "/relationships/" + name;
    String selfPath = descriptorsOnly ? descriptorPath : relatedPath;
    List<Ref> refs = corpus.relatedRefs(type, id, name);
    if (rel.cardinality() == Cardinality.ONE) {
      ObjectNode body = Json.object();
      if (refs.isEmpty()) {
        body.putNull("data");
      } else {
        body.set(
            "data",
            descriptorsOnly
                ? Corpus.descriptor(refs.get(0))
                : Envelopes.resolve(corpus, refs.get(0), request.base()));
      }
      ObjectNode links = body.putObject("links");
      links.put("self", selfPath);
      if (descriptorsOnly) {
        links.put("related", relatedPath);
      }
      return body;
    }
    int limit = Cursors.limit(request.param("limit"), DEFAULT_LIMIT, MAX_LIMIT);
    String cursor = request.param("cursor");
    int offset = Cursors.decode(cursor, scope(selfPath));
    List<ObjectNode> items = new ArrayList<>();
    for (int i = offset; i < Math.min(refs.size(), offset + limit); i++) {
      items.add(
          descriptorsOnly
              ? Corpus.descriptor(refs.get(i))
              : Envelopes.resolve(corpus, refs.get(i), request.base()));
    }
    ObjectNode meta = Json.object();
    meta.put("count", refs.size());
    ObjectNode links = Json.object();
    links.put(
        "self",
        selfPath
            + Envelopes.query("cursor", emptyToNull(cursor), "limit", Integer.toString(limit)));
    if (descriptorsOnly) {
      links.put("related", relatedPath);
    }
    if (offset + limit < refs.size()) {
      String next = Cursors.encode(offset + limit, scope(selfPath));
      meta.put("cursor", next);
      links.put(
          "next", selfPath + Envelopes.query("cursor", next, "limit", Integer.toString(limit)));
    }
    return Envelopes.page(items, meta, links);
  }

  private ObjectNode embedded(ApiRequest request, String type, String id, Relationship rel) {
    String objectPath = request.base() + "/" + ObjectTypes.collection(type) + "/" + id;
    String descriptorPath = objectPath + "/relationships/" + rel.name();
    List<Ref> refs = corpus.relatedRefs(type, id, rel.name());
    ObjectNode out = Json.object();
    ObjectNode links = Json.object();
    if (rel.cardinality() == Cardinality.ONE) {
      if (refs.isEmpty()) {
        out.putNull("data");
      } else {
        out.set("data", Corpus.descriptor(refs.get(0)));
      }
      links.put("self", descriptorPath);
      links.put("related", objectPath + "/" + rel.name());
      out.set("links", links);
      return out;
    }
    var data = out.putArray("data");
    refs.stream().limit(EMBEDDED_PAGE).map(Corpus::descriptor).forEach(data::add);
    links.put("self", descriptorPath + "?limit=" + EMBEDDED_PAGE);
    links.put("related", objectPath + "/" + rel.name());
    if (refs.size() > EMBEDDED_PAGE) {
      String next = Cursors.encode(EMBEDDED_PAGE, scope(descriptorPath));
      links.put(
          "next",
          descriptorPath
              + Envelopes.query("cursor", next, "limit", Integer.toString(EMBEDDED_PAGE)));
      out.putObject("meta").put("cursor", next);
    }
    out.set("links", links);
    return out;
  }

  /**
   * The catalogue entry for a relationship. Unknown names answer 404 NotFoundError: the real API's
   * code for this case is not captured. Premium-only ones answer 403 to public keys.
   */
  private Relationship relationship(ApiRequest request, String type, String name) {
    Relationship rel =
        corpus
            .catalogue()
            .find(type, name)
            .orElseThrow(
                () -> ApiException.notFound("Relationship \"" + name + "\" not found for " + type));
    if (rel.premium() && request.tier() == Tier.PUBLIC) {
      throw ApiException.forbidden(
          "You are not allowed to access the \""
              + name
              + "\" relationship of "
              + type
              + " objects with a public API key");
    }
    return rel;
  }

  private String canonical(String type, String rawId) {
    return corpus
        .canonicalId(type, rawId)
        .orElseThrow(
            () ->
                ApiException.notFound(
                    NAMES.getOrDefault(type, type) + " \"" + rawId + "\" not found"));
  }

  /** Cursor scope: the endpoint path without the base (so it survives a host change). */
  private static String scope(String path) {
    int api = path.indexOf("/api/v3/");
    return api < 0 ? path : path.substring(api);
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
