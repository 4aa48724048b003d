package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.AnalysisPace;
import io.vtsql.simulator.corpus.Corpus;
import io.vtsql.simulator.corpus.Ref;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * VirusTotal's writes (protocol.md §5): comments and votes on files, URLs, domains, IP addresses
 * and collections; deleting and voting on comments; creating, changing and deleting collections and
 * their items; submitting URLs and files (directly or through an upload URL) and rescans, whose
 * analyses go from queued to in-progress to completed at the configured {@link AnalysisPace}. State
 * is kept per account (its user id) and read back by that account alone: its GETs of the objects it
 * wrote (and of the relationships they appear in) are answered here before the shared corpus.
 */
final class WriteEndpoints {
  private static final Set<String> COMMENTED =
      Set.of("files", "urls", "domains", "ip_addresses", "collections");
  private static final Set<String> VOTED = Set.of("files", "urls", "domains", "ip_addresses");
  private static final Set<String> ITEMS = Set.of("domains", "files", "urls", "ip_addresses");
  private static final Map<String, String> TYPE =
      Map.of(
          "files", "file",
          "urls", "url",
          "domains", "domain",
          "ip_addresses", "ip_address",
          "collections", "collection");
  private static final Map<String, String> NAME =
      Map.of(
          "file", "File",
          "url", "URL",
          "domain", "Domain",
          "ip_address", "IP address",
          "collection", "Collection");

  /** {@code POST /files} takes at most this many bytes; larger files need an upload URL. */
  static final int MAX_DIRECT_UPLOAD = 32 << 20;

  private final Corpus corpus;
  private final AnalysisPace pace;
  private final Map<String, WriteState> states = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong();

  WriteEndpoints(Corpus corpus, AnalysisPace pace) {
    this.corpus = corpus;
    this.pace = pace;
  }

  /** The reply to a POST, PATCH or DELETE (null: an empty body). */
  ObjectNode write(String method, ApiRequest request, String[] s, byte[] body, String contentType) {
    WriteState state = states.computeIfAbsent(request.account().userId(), u -> new WriteState());
    synchronized (state) {
      return switch (method) {
        case "POST" -> post(state, request, s, body, contentType);
        case "PATCH" -> patch(state, request, s, json(body));
        case "DELETE" -> delete(state, request, s, body);
        default -> throw ApiException.badRequest("Method " + method + " is not supported");
      };
    }
  }

  /** The reply to a GET of something this account wrote, or empty to serve the corpus. */
  Optional<ObjectNode> read(ApiRequest request, String[] s) {
    if (s.length == 2 && s[0].equals("files") && s[1].equals("upload_url")) {
      WriteState state = states.computeIfAbsent(request.account().userId(), u -> new WriteState());
      String token = Long.toHexString(sequence.incrementAndGet()) + hex(8);
      synchronized (state) {
        state.uploadTokens.add(token);
      }
      ObjectNode out = Json.object();
      out.put("data", request.base() + "/_upload/" + token);
      return Optional.of(out);
    }
    WriteState state = states.get(request.account().userId());
    if (state == null) {
      return Optional.empty();
    }
    synchronized (state) {
      return readOwn(state, request, s);
    }
  }

  private Optional<ObjectNode> readOwn(WriteState state, ApiRequest request, String[] s) {
    if (s.length == 2 && s[0].equals("comments")) {
      if (state.deletedComments.contains(s[1])) {
        throw ApiException.notFound("Comment \"" + s[1] + "\" not found");
      }
      ObjectNode own = state.comments.get(s[1]);
      return own == null && !state.commentVotes.containsKey(s[1])
          ? Optional.empty()
          : Optional.of(data(comment(state, s[1], request.base())));
    }
    if (s.length == 2 && s[0].equals("analyses") && state.analyses.containsKey(s[1])) {
      return Optional.of(analysis(state.analyses.get(s[1]), request.base()));
    }
    if (s.length == 1 && s[0].equals("collections")) {
      return ownCollections(state, request);
    }
    if (s.length >= 2 && s[0].equals("collections")) {
      if (state.deletedCollections.contains(s[1])) {
        throw ApiException.notFound("Collection \"" + s[1] + "\" not found");
      }
      ObjectNode own = state.collections.get(s[1]);
      if (own != null && s.length == 2) {
        return Optional.of(data(collection(state, own, request.base())));
      }
      if (own != null && ITEMS.contains(last(s)) && relationshipPath(s)) {
        return Optional.of(page(request, state.items(s[1], last(s)), s.length == 4));
      }
    }
    if ((s.length == 3 || s.length == 4) && relationshipPath(s) && TYPE.containsKey(s[0])) {
      String type = TYPE.get(s[0]);
      Optional<String> id = canonical(state, type, s[1]);
      if (id.isEmpty()) {
        return Optional.empty();
      }
      String key = WriteState.of(type, id.get());
      String rel = last(s);
      if (rel.equals("comments")
          && (state.commentsOf.containsKey(key) || !state.deletedComments.isEmpty())) {
        List<Ref> refs = new ArrayList<>();
        state.commentsOf.getOrDefault(key, List.of()).stream()
            .filter(c -> !state.deletedComments.contains(c))
            .forEach(c -> refs.add(Ref.of("comment", c)));
        if (!type.equals("collection") || !state.collections.containsKey(id.get())) {
          corpus.relatedRefs(type, id.get(), "comments").stream()
              .filter(r -> !state.deletedComments.contains(r.id()))
              .forEach(refs::add);
        }
        return Optional.of(page(request, refs, s.length == 4, state));
      }
      if ((rel.equals("votes") || rel.equals("user_votes")) && state.votes.containsKey(key)) {
        List<Ref> refs = new ArrayList<>();
        refs.add(Ref.of("vote", state.votes.get(key).get("id").asText()));
        if (rel.equals("votes")) {
          refs.addAll(corpus.relatedRefs(type, id.get(), "votes"));
        }
        return Optional.of(page(request, refs, s.length == 4, state));
      }
    }
    return Optional.empty();
  }

  /**
   * {@code GET /collections?filter=owner:<this account>} (optionally with {@code name:}): the
   * account's own collections, newest first; any other list is the corpus'.
   */
  private Optional<ObjectNode> ownCollections(WriteState state, ApiRequest request) {
    String raw = request.param("filter");
    String filter = raw == null ? null : raw.replace("\"", "");
    String owner = "owner:" + request.account().userId();
    if (filter == null || state.collections.isEmpty() || !filter.contains(owner)) {
      return Optional.empty();
    }
    String rest = filter.replace(owner, "").trim();
    String name = null;
    if (rest.startsWith("name:")) {
      name = rest.substring("name:".length()).trim();
    } else if (!rest.isEmpty()) {
      throw ApiException.badRequest(
          "The simulator filters its own collections by owner and name only");
    }
    List<Ref> refs = new ArrayList<>();
    for (ObjectNode c : state.collections.values()) {
      String n = c.path("attributes").path("name").asText();
      if (name == null
          || n.toLowerCase(java.util.Locale.ROOT)
              .contains(name.toLowerCase(java.util.Locale.ROOT))) {
        refs.add(0, Ref.of("collection", c.get("id").asText()));
      }
    }
    return Optional.of(page(request, refs, false, state));
  }

  private static boolean relationshipPath(String[] s) {
    return s.length == 3 || s.length == 4 && s[2].equals("relationships");
  }

  private static String last(String[] s) {
    return s[s.length - 1];
  }

  // ---------------------------------------------------------------- POST

  private ObjectNode post(
      WriteState state, ApiRequest request, String[] s, byte[] body, String contentType) {
    if (s.length == 1 && s[0].equals("urls")) {
      String url = form(body).get("url");
      if (url == null || url.isBlank()) {
        throw ApiException.badRequest("The url field is required");
      }
      return submitUrl(state, request, url);
    }
    if (s.length == 1 && s[0].equals("files")) {
      byte[] file = multipartFile(body, contentType);
      if (file.length > MAX_DIRECT_UPLOAD) {
        throw new ApiException(
            413, "PayloadTooLargeError", "File too large, use /files/upload_url for files > 32MB");
      }
      return submitFile(state, request, file);
    }
    if (s.length == 2 && s[0].equals("_upload")) {
      if (!state.uploadTokens.remove(s[1])) {
        throw ApiException.badRequest("This upload URL has been used or never existed");
      }
      return submitFile(state, request, multipartFile(body, contentType));
    }
    if (s.length == 1 && s[0].equals("collections")) {
      return createCollection(state, request, json(body));
    }
    if (s.length == 3 && s[2].equals("analyse") && (s[0].equals("files") || s[0].equals("urls"))) {
      String type = TYPE.get(s[0]);
      String id = canonical(state, type, s[1]).orElseThrow(() -> notFound(type, s[1]));
      ObjectNode object = corpus.find(type, id).orElseThrow();
      return descriptor(
          newAnalysis(
              state,
              request,
              Ref.of(type, id),
              object.path("attributes").path("url").asText(null),
              object));
    }
    if (s.length == 3 && s[0].equals("comments") && s[2].equals("vote")) {
      return voteOnComment(state, request, s[1], json(body));
    }
    if (s.length == 3 && s[2].equals("comments") && COMMENTED.contains(s[0])) {
      return addComment(state, request, TYPE.get(s[0]), s[1], json(body));
    }
    if (s.length == 3 && s[2].equals("votes") && VOTED.contains(s[0])) {
      return addVote(state, request, TYPE.get(s[0]), s[1], json(body));
    }
    if (s.length == 3 && s[0].equals("collections") && ITEMS.contains(s[2])) {
      ObjectNode own = ownCollection(state, s[1]);
      List<Ref> items = state.items(s[1], s[2]);
      for (Ref ref : descriptors(json(body), TYPE.get(s[2]))) {
        if (!items.contains(ref)) {
          items.add(0, ref);
        }
      }
      touch(own);
      return data(collection(state, own, request.base()));
    }
    throw ApiException.notFound("Resource \"/" + String.join("/", s) + "\" not found");
  }

  private ObjectNode addComment(
      WriteState state, ApiRequest request, String type, String rawId, JsonNode body) {
    String id = canonical(state, type, rawId).orElseThrow(() -> notFound(type, rawId));
    JsonNode data = body.path("data");
    String text = data.path("attributes").path("text").asText("");
    if (!data.path("type").asText().equals("comment") || text.isBlank()) {
      throw ApiException.badRequest(
          "Expected {\"data\": {\"type\": \"comment\", \"attributes\": {\"text\": ...}}}");
    }
    String commentId = type.charAt(0) + "-" + id + "-" + hex(8);
    ObjectNode comment = Json.object();
    comment.put("type", "comment");
    comment.put("id", commentId);
    ObjectNode a = comment.putObject("attributes");
    a.put("date", Instant.now().getEpochSecond());
    a.put("text", text);
    a.put("html", text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
    ArrayNode tags = a.putArray("tags");
    for (String word : text.split("\\s+")) {
      if (word.startsWith("#") && word.length() > 1) {
        tags.add(word.substring(1));
      }
    }
    ObjectNode votes = a.putObject("votes");
    votes.put("positive", 0);
    votes.put("negative", 0);
    votes.put("abuse", 0);
    state.comments.put(commentId, comment);
    state
        .commentsOf
        .computeIfAbsent(WriteState.of(type, id), k -> new ArrayList<>())
        .add(0, commentId);
    return data(Envelopes.object(comment, request.base()));
  }

  private ObjectNode addVote(
      WriteState state, ApiRequest request, String type, String rawId, JsonNode body) {
    String id = canonical(state, type, rawId).orElseThrow(() -> notFound(type, rawId));
    JsonNode data = body.path("data");
    String verdict = data.path("attributes").path("verdict").asText("");
    if (!data.path("type").asText().equals("vote")
        || !(verdict.equals("harmless") || verdict.equals("malicious"))) {
      throw ApiException.badRequest("verdict must be \"harmless\" or \"malicious\"");
    }
    String key = WriteState.of(type, id);
    ObjectNode earlier = state.votes.get(key);
    if (earlier != null) {
      throw new ApiException(
          409,
          "AlreadyExistsError",
          "User \""
              + request.account().userId()
              + "\" already voted \""
              + earlier.path("attributes").path("verdict").asText()
              + "\" for this "
              + NAME.get(type).toLowerCase(java.util.Locale.ROOT));
    }
    // capture vx_file_add_vote_post.yml: attributes date/value/verdict, links.self null
    ObjectNode vote = Json.object();
    ObjectNode a = vote.putObject("attributes");
    a.put("date", Instant.now().getEpochSecond());
    a.put("value", verdict.equals("harmless") ? 1 : -1);
    a.put("verdict", verdict);
    vote.put("id", type.charAt(0) + "-" + id + "-" + hex(8));
    vote.putObject("links").putNull("self");
    vote.put("type", "vote");
    state.votes.put(key, vote);
    return data(vote);
  }

  private ObjectNode voteOnComment(
      WriteState state, ApiRequest request, String commentId, JsonNode body) {
    if (state.deletedComments.contains(commentId)
        || !state.comments.containsKey(commentId) && corpus.find("comment", commentId).isEmpty()) {
      throw ApiException.notFound("Comment \"" + commentId + "\" not found");
    }
    JsonNode data = body.path("data");
    int[] counts = state.commentVotes.computeIfAbsent(commentId, k -> new int[3]);
    counts[0] += data.path("positive").asInt(0);
    counts[1] += data.path("negative").asInt(0);
    counts[2] += data.path("abuse").asInt(0);
    ObjectNode votes =
        (ObjectNode) comment(state, commentId, request.base()).path("attributes").path("votes");
    return data(votes);
  }

  private ObjectNode createCollection(WriteState state, ApiRequest request, JsonNode body) {
    JsonNode data = body.path("data");
    JsonNode attributes = data.path("attributes");
    String name = attributes.path("name").asText("");
    if (!data.path("type").asText().equals("collection") || name.isBlank()) {
      throw ApiException.badRequest("A collection needs data.type collection and a name");
    }
    String id = hex(64);
    ObjectNode c = Json.object();
    c.put("type", "collection");
    c.put("id", id);
    ObjectNode a = c.putObject("attributes");
    a.put("name", name);
    a.put("description", attributes.path("description").asText(""));
    a.put("collection_type", "collection");
    a.put("origin", "user");
    a.put("owner", request.account().userId());
    long now = Instant.now().getEpochSecond();
    a.put("creation_date", now);
    a.put("last_modification_date", now);
    a.put("private", attributes.path("private").asBoolean(false));
    a.putArray("tags");
    a.put("references_count", 0);
    state.collections.put(id, c);
    JsonNode relationships = data.path("relationships");
    for (String rel : ITEMS) {
      if (relationships.has(rel)) {
        state.items(id, rel).addAll(descriptors(relationships.get(rel), TYPE.get(rel)));
      }
    }
    return data(collection(state, c, request.base()));
  }

  // ---------------------------------------------------------------- PATCH, DELETE

  private ObjectNode patch(WriteState state, ApiRequest request, String[] s, JsonNode body) {
    if (s.length == 2 && s[0].equals("collections")) {
      ObjectNode own = ownCollection(state, s[1]);
      JsonNode attributes = body.path("data").path("attributes");
      ObjectNode a = (ObjectNode) own.get("attributes");
      for (String field : List.of("name", "description", "private")) {
        if (attributes.has(field)) {
          a.set(field, attributes.get(field));
        }
      }
      touch(own);
      return data(collection(state, own, request.base()));
    }
    throw ApiException.notFound("Resource \"/" + String.join("/", s) + "\" not found");
  }

  private ObjectNode delete(WriteState state, ApiRequest request, String[] s, byte[] body) {
    if (s.length == 2 && s[0].equals("comments")) {
      if (state.deletedComments.contains(s[1]) || !state.comments.containsKey(s[1])) {
        if (corpus.find("comment", s[1]).isPresent() && !state.deletedComments.contains(s[1])) {
          throw ApiException.forbidden("You are not authorized to perform the requested operation");
        }
        throw ApiException.notFound("Comment \"" + s[1] + "\" not found");
      }
      state.comments.remove(s[1]);
      state.deletedComments.add(s[1]);
      return null;
    }
    if (s.length == 2 && s[0].equals("collections")) {
      ownCollection(state, s[1]);
      state.collections.remove(s[1]);
      state.deletedCollections.add(s[1]);
      return null;
    }
    if (s.length == 3 && s[0].equals("collections") && ITEMS.contains(s[2])) {
      ObjectNode own = ownCollection(state, s[1]);
      state.items(s[1], s[2]).removeAll(descriptors(json(body), TYPE.get(s[2])));
      touch(own);
      return null;
    }
    throw ApiException.notFound("Resource \"/" + String.join("/", s) + "\" not found");
  }

  private ObjectNode ownCollection(WriteState state, String id) {
    ObjectNode own = state.collections.get(id);
    if (own != null) {
      return own;
    }
    if (!state.deletedCollections.contains(id) && corpus.find("collection", id).isPresent()) {
      throw ApiException.forbidden("You are not authorized to perform the requested operation");
    }
    throw ApiException.notFound("Collection \"" + id + "\" not found");
  }

  private static void touch(ObjectNode collection) {
    ((ObjectNode) collection.get("attributes"))
        .put("last_modification_date", Instant.now().getEpochSecond());
  }

  // ---------------------------------------------------------------- analyses

  private ObjectNode submitUrl(WriteState state, ApiRequest request, String url) {
    String sha = sha256(url.getBytes(StandardCharsets.UTF_8));
    Optional<ObjectNode> known = corpus.find("url", sha);
    return descriptor(newAnalysis(state, request, Ref.of("url", sha), url, known.orElse(null)));
  }

  private ObjectNode submitFile(WriteState state, ApiRequest request, byte[] file) {
    String sha = sha256(file);
    Optional<ObjectNode> known = corpus.find("file", sha);
    return descriptor(newAnalysis(state, request, Ref.of("file", sha), null, known.orElse(null)));
  }

  private WriteState.Analysis newAnalysis(
      WriteState state, ApiRequest request, Ref item, String url, ObjectNode known) {
    long now = Instant.now().getEpochSecond();
    String id =
        item.type().equals("url")
            ? "u-" + item.id() + "-" + now + "-" + sequence.incrementAndGet()
            // file analyses: base64 of <md5>:<unix time> (mdb_file_analyse_rescan.json)
            : Base64.getEncoder()
                .encodeToString(
                    (md5Of(known, item.id()) + ":" + now + sequence.incrementAndGet())
                        .getBytes(StandardCharsets.UTF_8));
    WriteState.Analysis a = new WriteState.Analysis(id, Instant.now(), item, url, known);
    state.analyses.put(id, a);
    return a;
  }

  private static String md5Of(ObjectNode known, String sha256) {
    return known == null
        ? sha256.substring(0, 32)
        : known.path("attributes").path("md5").asText(sha256.substring(0, 32));
  }

  /** The analysis descriptor a submission answers (vx_url_analyse_post.yml, with links.self). */
  private static ObjectNode descriptor(WriteState.Analysis a) {
    ObjectNode out = Json.object();
    ObjectNode d = out.putObject("data");
    d.put("type", "analysis");
    d.put("id", a.id());
    return out;
  }

  private ObjectNode analysis(WriteState.Analysis a, String base) {
    String status = pace.status(Duration.between(a.submitted(), Instant.now()));
    ObjectNode object = Json.object();
    object.put("type", "analysis");
    object.put("id", a.id());
    object.putObject("links").put("self", base + "/analyses/" + a.id());
    ObjectNode attrs = object.putObject("attributes");
    attrs.put("date", a.submitted().getEpochSecond());
    attrs.put("status", status);
    JsonNode source = a.template() == null ? null : a.template().path("attributes");
    ObjectNode stats = attrs.putObject("stats");
    for (String k : List.of("malicious", "suspicious", "undetected", "harmless", "timeout")) {
      stats.put(k, 0);
    }
    ObjectNode results = attrs.putObject("results");
    if (status.equals("completed")) {
      if (source != null && source.has("last_analysis_results")) {
        stats.setAll((ObjectNode) source.get("last_analysis_stats").deepCopy());
        results.setAll((ObjectNode) source.get("last_analysis_results").deepCopy());
      } else {
        // an object the corpus does not know: every engine of a known analysis finds nothing
        corpus.all(a.item().type()).stream()
            .findFirst()
            .map(o -> o.path("attributes").path("last_analysis_results"))
            .ifPresent(
                engines ->
                    engines
                        .fieldNames()
                        .forEachRemaining(
                            engine -> {
                              ObjectNode r = results.putObject(engine);
                              r.put("engine_name", engine);
                              r.put("category", "undetected");
                              r.putNull("result");
                              r.put("method", "blacklist");
                            }));
        stats.put("undetected", results.size());
      }
    }
    ObjectNode out = Json.object();
    out.set("data", object);
    ObjectNode meta = out.putObject("meta");
    if (a.item().type().equals("url")) {
      ObjectNode info = meta.putObject("url_info");
      info.put("id", a.item().id());
      info.put("url", a.url());
    } else {
      meta.putObject("file_info").put("sha256", a.item().id());
    }
    return out;
  }

  // ---------------------------------------------------------------- shapes

  private ObjectNode comment(WriteState state, String id, String base) {
    ObjectNode own = state.comments.get(id);
    ObjectNode comment = (own != null ? own : corpus.find("comment", id).orElseThrow()).deepCopy();
    int[] counts = state.commentVotes.get(id);
    if (counts != null) {
      ObjectNode votes = (ObjectNode) comment.path("attributes").path("votes");
      votes.put("positive", votes.path("positive").asInt() + counts[0]);
      votes.put("negative", votes.path("negative").asInt() + counts[1]);
      votes.put("abuse", votes.path("abuse").asInt() + counts[2]);
    }
    return Envelopes.object(comment, base);
  }

  private ObjectNode collection(WriteState state, ObjectNode c, String base) {
    ObjectNode copy = c.deepCopy();
    ObjectNode a = (ObjectNode) copy.get("attributes");
    String id = c.get("id").asText();
    for (String rel : ITEMS) {
      a.put(rel + "_count", state.items(id, rel).size());
    }
    return Envelopes.object(copy, base);
  }

  private ObjectNode page(ApiRequest request, List<Ref> refs, boolean descriptorsOnly) {
    return page(request, refs, descriptorsOnly, null);
  }

  private ObjectNode page(
      ApiRequest request, List<Ref> refs, boolean descriptorsOnly, WriteState state) {
    String self = request.base() + "/" + request.path();
    int limit =
        Cursors.limit(
            request.param("limit"), ObjectEndpoints.DEFAULT_LIMIT, ObjectEndpoints.MAX_LIMIT);
    String cursor = request.param("cursor");
    int offset = Cursors.decode(cursor, "/" + request.path());
    List<ObjectNode> items = new ArrayList<>();
    for (int i = offset; i < Math.min(refs.size(), offset + limit); i++) {
      Ref ref = refs.get(i);
      if (descriptorsOnly) {
        items.add(Corpus.descriptor(ref));
      } else if (state != null && ref.type().equals("comment")) {
        items.add(comment(state, ref.id(), request.base()));
      } else if (state != null && state.collections.containsKey(ref.id())) {
        items.add(collection(state, state.collections.get(ref.id()), request.base()));
      } else if (state != null && ref.type().equals("vote") && ownVote(state, ref.id()) != null) {
        items.add(ownVote(state, ref.id()));
      } else {
        items.add(Envelopes.resolve(corpus, ref, request.base()));
      }
    }
    ObjectNode meta = Json.object();
    meta.put("count", refs.size());
    ObjectNode links = Json.object();
    links.put("self", self);
    if (offset + limit < refs.size()) {
      String next = Cursors.encode(offset + limit, "/" + request.path());
      meta.put("cursor", next);
      links.put("next", self + Envelopes.query("cursor", next, "limit", Integer.toString(limit)));
    }
    return Envelopes.page(items, meta, links);
  }

  private static ObjectNode ownVote(WriteState state, String voteId) {
    return state.votes.values().stream()
        .filter(v -> v.path("id").asText().equals(voteId))
        .findFirst()
        .map(ObjectNode::deepCopy)
        .orElse(null);
  }

  private List<Ref> descriptors(JsonNode body, String type) {
    List<Ref> out = new ArrayList<>();
    for (JsonNode d : body.path("data")) {
      if (!d.path("type").asText().equals(type)) {
        throw ApiException.badRequest("Expected descriptors of type " + type);
      }
      String id =
          d.has("url")
              ? sha256(d.get("url").asText().getBytes(StandardCharsets.UTF_8))
              : d.path("id").asText("");
      if (id.isEmpty()) {
        throw ApiException.badRequest("A descriptor needs an id");
      }
      out.add(Ref.of(type, corpus.canonicalId(type, id).orElse(id)));
    }
    return out;
  }

  private Optional<String> canonical(WriteState state, String type, String rawId) {
    if (type.equals("collection")) {
      if (state.deletedCollections.contains(rawId)) {
        return Optional.empty();
      }
      return state.collections.containsKey(rawId)
          ? Optional.of(rawId)
          : corpus.canonicalId(type, rawId);
    }
    return corpus.canonicalId(type, rawId);
  }

  /** The capture's 404 for a write to an unknown object (vx_url_add_vote_404_NotFoundError.yml). */
  private static ApiException notFound(String type, String rawId) {
    return ApiException.notFound(
        "Item \"" + rawId + "\" type \"" + NAME.get(type) + "\" not found");
  }

  private static ObjectNode data(ObjectNode object) {
    ObjectNode out = Json.object();
    out.set("data", object);
    return out;
  }

  private static JsonNode json(byte[] body) {
    try {
      JsonNode node = body.length == 0 ? null : Json.MAPPER.readTree(body);
      if (node == null || !node.isObject()) {
        throw ApiException.badRequest("The request body must be a JSON object");
      }
      return node;
    } catch (IOException e) {
      throw ApiException.badRequest("The request body is not valid JSON");
    }
  }

  private static Map<String, String> form(byte[] body) {
    return ApiRequest.parseQuery(new String(body, StandardCharsets.UTF_8));
  }

  /** The bytes of the {@code file} part of a multipart body. */
  private static byte[] multipartFile(byte[] body, String contentType) {
    int b = contentType == null ? -1 : contentType.indexOf("boundary=");
    if (b < 0) {
      throw ApiException.badRequest("Expected multipart/form-data with a file field");
    }
    String boundary =
        "--" + contentType.substring(b + "boundary=".length()).replace("\"", "").trim();
    String text = new String(body, StandardCharsets.ISO_8859_1);
    for (String part : text.split(java.util.regex.Pattern.quote(boundary))) {
      int headerEnd = part.indexOf("\r\n\r\n");
      if (headerEnd < 0 || !part.substring(0, headerEnd).contains("name=\"file\"")) {
        continue;
      }
      String content = part.substring(headerEnd + 4);
      if (content.endsWith("\r\n")) {
        content = content.substring(0, content.length() - 2);
      }
      return content.getBytes(StandardCharsets.ISO_8859_1);
    }
    throw ApiException.badRequest("The multipart body has no file field");
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the JDK", e);
    }
  }

  private static String hex(int digits) {
    StringBuilder sb = new StringBuilder();
    java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
    while (sb.length() < digits) {
      sb.append(Integer.toHexString(r.nextInt(16)));
    }
    return sb.toString();
  }
}
