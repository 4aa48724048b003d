package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.Licence;
import io.vtsql.simulator.corpus.Cardinality;
import io.vtsql.simulator.corpus.Corpus;
import io.vtsql.simulator.corpus.ObjectTypes;
import io.vtsql.simulator.corpus.Ref;
import io.vtsql.simulator.corpus.Relationship;
import io.vtsql.simulator.corpus.gen.PrivateScanningData;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Private Scanning (endpoints.md "Private Scanning"): {@code GET /private/files} (limit and cursor
 * only), {@code GET /private/analyses} (newest first, {@code order=date-} the one documented
 * order), the objects {@code /private/{files,urls,analyses,file_behaviours}/{id}}, their
 * relationships (full and {@code /relationships/} descriptors) and {@code GET
 * /private/file/{id}/behaviours}. Every call needs the Private Scanning licence (403 otherwise);
 * the objects belong to {@link PrivateScanningData#OWNER}, and any other account has none.
 */
final class PrivateScanningEndpoints implements ProductEndpoints {

  /** The list order is the simulator's choice: newest submission first. */
  private static final ListSpec FILES =
      new ListSpec(
          "/private/files",
          40,
          Map.of(),
          Map.of("last_submission_date", "last_submission_date"),
          Set.of(),
          "last_submission_date-");

  private static final ListSpec ANALYSES =
      new ListSpec("/private/analyses", 40, Map.of(), Map.of("date", "date"), Set.of(), "date-");

  /** Collection segment under {@code /private} → object type. */
  private static final Map<String, String> TYPES =
      Map.of(
          "files", "private_file",
          "urls", "private_url",
          "analyses", "private_analysis",
          "file_behaviours", "private_file_behaviour");

  private static final Map<String, String> NAMES =
      Map.of(
          "private_file", "Private file",
          "private_url", "Private URL",
          "private_analysis", "Private analysis",
          "private_file_behaviour", "Private file behaviour");

  private final Corpus corpus;
  private final PrivateScanningData data;
  private final ListEndpoint lists = new ListEndpoint(Clock.systemUTC());

  PrivateScanningEndpoints(Corpus corpus) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.data = PrivateScanningData.of(corpus);
  }

  @Override
  public Optional<ObjectNode> serve(ApiRequest request, String[] s) {
    if (s.length < 2 || !s[0].equals("private")) {
      return Optional.empty();
    }
    request.require(Licence.PRIVATE_SCANNING);
    if (s.length == 2 && s[1].equals("files")) {
      refuse(request, "filter", FILES.path());
      refuse(request, "order", FILES.path());
      return Optional.of(lists.page(request, FILES, own(request, "private_file")));
    }
    if (s.length == 2 && s[1].equals("analyses")) {
      refuse(request, "filter", ANALYSES.path());
      String order = request.param("order");
      if (order != null && !order.equals("date-")) {
        throw new ApiException(
            400,
            "InvalidArgumentError",
            "Invalid order \"" + order + "\" for /private/analyses; supported: date-");
      }
      return Optional.of(lists.page(request, ANALYSES, own(request, "private_analysis")));
    }
    if (s.length == 4 && s[1].equals("file") && s[3].equals("behaviours")) {
      return Optional.of(related(request, "private_file", s[2], "behaviours", false));
    }
    String type = TYPES.get(s[1]);
    if (type == null || s.length > 5) {
      return Optional.empty();
    }
    if (s.length == 3) {
      ObjectNode body = Json.object();
      body.set("data", Envelopes.object(object(request, type, s[2]), request.base()));
      return Optional.of(body);
    }
    if (s.length == 4) {
      return Optional.of(related(request, type, s[2], s[3], false));
    }
    if (s[3].equals("relationships")) {
      return Optional.of(related(request, type, s[2], s[4], true));
    }
    return Optional.empty();
  }

  /** {@code /private/files} takes only limit and cursor; a filter or order is a 400. */
  private static void refuse(ApiRequest request, String param, String path) {
    if (request.param(param) != null) {
      throw new ApiException(
          400, "InvalidArgumentError", path + " does not take the \"" + param + "\" parameter");
    }
  }

  private List<ObjectNode> own(ApiRequest request, String type) {
    return owner(request) ? new ArrayList<>(data.all(type)) : List.of();
  }

  private static boolean owner(ApiRequest request) {
    return request.account().userId().equals(PrivateScanningData.OWNER);
  }

  /** The caller's object; another account's (or an unknown) id is a 404. */
  private ObjectNode object(ApiRequest request, String type, String rawId) {
    return canonical(type, rawId)
        .filter(id -> owner(request))
        .flatMap(id -> data.find(type, id))
        .orElseThrow(() -> ApiException.notFound(NAMES.get(type) + " \"" + rawId + "\" not found"));
  }

  /** File ids are SHA-256; URL ids are the SHA-256 of the URL or its unpadded base64url. */
  private static Optional<String> canonical(String type, String rawId) {
    if (type.equals("private_url") && !rawId.matches("[0-9a-fA-F]{64}")) {
      try {
        return Optional.of(
            sha256(new String(Base64.getUrlDecoder().decode(rawId), StandardCharsets.UTF_8)));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    return Optional.of(
        type.equals("private_file") || type.equals("private_url")
            ? rawId.toLowerCase(Locale.ROOT)
            : rawId);
  }

  private ObjectNode related(
      ApiRequest request, String type, String rawId, String name, boolean descriptorsOnly) {
    String id = object(request, type, rawId).path("id").asText();
    Relationship rel =
        corpus
            .catalogue()
            .find(type, name)
            .orElseThrow(
                () -> ApiException.notFound("Relationship \"" + name + "\" not found for " + type));
    String objectPath =
        request.base()
            + "/"
            + (name.equals("behaviours") ? "private/file" : ObjectTypes.collection(type))
            + "/"
            + id;
    String selfPath = objectPath + (descriptorsOnly ? "/relationships/" : "/") + name;
    List<Ref> refs = data.related(type, id, name);
    if (rel.cardinality() == Cardinality.ONE) {
      ObjectNode body = Json.object();
      if (refs.isEmpty()) {
        body.putNull("data");
      } else {
        body.set("data", item(request, refs.get(0), descriptorsOnly));
      }
      body.putObject("links").put("self", selfPath);
      return body;
    }
    int limit = Cursors.limit(request.param("limit"), 10, 40);
    String cursor = request.param("cursor");
    String scope = selfPath.substring(request.base().length());
    int offset = Cursors.decode(cursor, scope);
    List<ObjectNode> items = new ArrayList<>();
    for (int i = offset; i < Math.min(refs.size(), offset + limit); i++) {
      items.add(item(request, refs.get(i), descriptorsOnly));
    }
    ObjectNode meta = Json.object();
    meta.put("count", refs.size());
    ObjectNode links = Json.object();
    links.put(
        "self",
        selfPath
            + Envelopes.query(
                "cursor",
                cursor == null || cursor.isEmpty() ? null : cursor,
                "limit",
                Integer.toString(limit)));
    if (offset + limit < refs.size()) {
      String next = Cursors.encode(offset + limit, scope);
      meta.put("cursor", next);
      links.put(
          "next", selfPath + Envelopes.query("cursor", next, "limit", Integer.toString(limit)));
    }
    return Envelopes.page(items, meta, links);
  }

  /** A target: private ones from the owner's data, public ones from the corpus. */
  private ObjectNode item(ApiRequest request, Ref ref, boolean descriptorsOnly) {
    if (descriptorsOnly) {
      return Corpus.descriptor(ref);
    }
    if (!ref.type().startsWith("private_")) {
      return Envelopes.resolve(corpus, ref, request.base());
    }
    ObjectNode out =
        Envelopes.object(data.find(ref.type(), ref.id()).orElseThrow(), request.base());
    if (ref.contextAttributes() != null) {
      out.set("context_attributes", ref.contextAttributes());
    }
    return out;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
