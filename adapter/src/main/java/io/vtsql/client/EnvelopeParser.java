package io.vtsql.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Turns VirusTotal v3 response bodies into {@link VtObject}s, {@link VtPage}s and typed exceptions,
 * without any HTTP: every envelope of the protocol (object, collection with or without {@code
 * meta}, 1:1 relationship, descriptor, bare value, error) is handled here.
 */
public final class EnvelopeParser {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final int SNIPPET = 80;

  private EnvelopeParser() {}

  /** The shared, strict JSON mapper (trailing garbage after the document is an error). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Validates a response held as text (a capture) and returns its JSON; see {@link
   * #checkResponse(int, BodyStream, String, Duration, KeyMask)}.
   *
   * @param retryAfter the response's Retry-After, or null
   * @param mask masks the API key in server-supplied text
   */
  public static JsonNode checkResponse(
      int status, String body, String path, Duration retryAfter, KeyMask mask) {
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    try {
      return checkResponse(
          status,
          new BodyStream(new ByteArrayInputStream(bytes), Long.MAX_VALUE),
          path,
          retryAfter,
          mask);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Validates a response and returns its JSON, parsed straight from the body stream: a 2xx body
   * must be a JSON object with {@code data}; an error body or status becomes the typed exception; a
   * 404 is "no such object" only with VirusTotal's NotFoundError body (anything else means the URL
   * is not a VirusTotal API endpoint); anything else is a {@link VtProtocolException}.
   *
   * @param retryAfter the response's Retry-After, or null
   * @param mask masks the API key in server-supplied text
   * @throws IOException when reading the body fails (including {@link BodyStream.TooLarge})
   */
  static JsonNode checkResponse(
      int status, BodyStream body, String path, Duration retryAfter, KeyMask mask)
      throws IOException {
    if (status >= 200 && status < 300) {
      JsonNode root = readJson(status, body, path, mask);
      if (root.has("error")) {
        throw error(status, root, path, retryAfter, mask);
      }
      if (!root.has("data")) {
        throw new VtProtocolException(
            "MissingData", status, path, "the response is JSON but has no \"data\" member", null);
      }
      return root;
    }
    if (status >= 300 && status < 400) {
      throw new VtProtocolException(
          "UnexpectedRedirect",
          status,
          path,
          "VirusTotal answered with a redirect, which the client does not follow (the key must not go elsewhere)",
          null);
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      if (status == 404 && body.head().stripLeading().startsWith("{")) {
        // a damaged JSON body (cut, truncated) may well have been VirusTotal's NotFoundError: not
        // an answer
        throw new VtProtocolException(
            e instanceof JsonEOFException ? "TruncatedJson" : "InvalidJson",
            status,
            path,
            "the 404 response's JSON body is damaged: " + snippet(mask.mask(body.head())),
            e);
      }
      root = null;
    }
    boolean envelope = root != null && root.path("error").isObject();
    if (status == 404
        && !(envelope && "NotFoundError".equals(root.path("error").path("code").asText()))) {
      String what =
          envelope ? "a JSON error " + root.path("error").path("code") : describe(body, mask);
      throw new VtEndpointException(
          status,
          path,
          "HTTP 404 with "
              + what
              + " instead of VirusTotal's "
              + "NotFoundError: this URL is not a VirusTotal API v3 endpoint");
    }
    if (envelope) {
      throw error(status, root, path, retryAfter, mask);
    }
    String code =
        status >= 500 ? "ServerError" : status == 429 ? "TooManyRequestsError" : "ClientError";
    throw ErrorMapper.map(
        status, code, "non-JSON error body: " + snippet(mask.mask(body.head())), path, retryAfter);
  }

  /**
   * Parses a body strictly from its stream; empty, truncated, HTML or otherwise non-JSON text is a
   * {@link VtProtocolException}.
   *
   * @throws IOException when reading the body fails (including {@link BodyStream.TooLarge})
   */
  static JsonNode readJson(int status, BodyStream body, String path, KeyMask mask)
      throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (JsonEOFException e) {
      throw new VtProtocolException(
          "TruncatedJson",
          status,
          path,
          "the response body ends in the middle of a JSON document (" + body.count() + " bytes)",
          e);
    } catch (JsonProcessingException e) {
      throw new VtProtocolException(
          "InvalidJson", status, path, "the response body is " + describe(body, mask), e);
    }
    if (root == null || root.isMissingNode()) {
      throw new VtProtocolException("EmptyBody", status, path, "the response body is empty", null);
    }
    if (!root.isObject()) {
      throw new VtProtocolException(
          "InvalidJson", status, path, "the response body is not a JSON object", null);
    }
    return root;
  }

  /** Maps an {@code {"error":{code,message}}} document to its typed exception. */
  public static VtException error(
      int status, JsonNode root, String path, Duration retryAfter, KeyMask mask) {
    JsonNode error = root.path("error");
    String code = error.path("code").asText("UnknownError");
    String message = mask.mask(error.path("message").asText(""));
    return ErrorMapper.map(status, code, message, path, retryAfter);
  }

  /** {@code {"data": {object}}} → the object (full object or descriptor). */
  public static VtObject parseObject(JsonNode root, String path) {
    JsonNode data = root.path("data");
    if (!data.isObject()) {
      throw shape(path, "\"data\" is not an object");
    }
    return toObject(data, path);
  }

  /** A 1:1 relationship: {@code {"data": {object} | null}} → the object or empty. */
  public static Optional<VtObject> parseSingle(JsonNode root, String path) {
    JsonNode data = root.path("data");
    if (data.isNull()) {
      return Optional.empty();
    }
    return Optional.of(parseObject(root, path));
  }

  /** The bare {@code data} value (a string, list or free-form object such as /metadata). */
  public static JsonNode parseData(JsonNode root, String path) {
    JsonNode data = root.get("data");
    if (data == null) {
      throw shape(path, "no \"data\" member");
    }
    return data;
  }

  /** A collection page: {@code data} array plus optional {@code meta} and {@code links}. */
  public static VtPage parsePage(JsonNode root, String path) {
    JsonNode data = root.path("data");
    if (!data.isArray()) {
      throw shape(path, "\"data\" is not a list");
    }
    List<VtObject> items = new ArrayList<>(data.size());
    for (JsonNode item : data) {
      items.add(toObject(item, path));
    }
    JsonNode meta = root.path("meta");
    JsonNode links = root.path("links");
    String nextLink = textOrNull(links.get("next"));
    String cursor = textOrNull(meta.get("cursor"));
    if (cursor == null && nextLink != null) {
      cursor = cursorOf(nextLink);
    }
    if (cursor != null && cursor.isEmpty()) {
      cursor = null;
    }
    return new VtPage(
        items,
        cursor,
        longOrNull(meta.get("count")),
        longOrNull(meta.get("total_hits")),
        nextLink,
        textOrNull(links.get("self")),
        meta.isMissingNode() ? MissingNode.getInstance() : meta);
  }

  /**
   * One item of {@code data}: an object, a descriptor, or an item carrying its own {@code error}.
   */
  public static VtObject toObject(JsonNode item, String path) {
    if (!item.isObject()) {
      throw shape(path, "an item of \"data\" is not an object");
    }
    JsonNode error = item.get("error");
    JsonNode type = item.get("type");
    JsonNode id = item.get("id");
    if (error == null
        && (type == null || !type.isTextual() || id == null || !id.isValueNode() || id.isNull())) {
      throw shape(path, "an object lacks \"type\" or \"id\"");
    }
    JsonNode attributes = item.get("attributes");
    if (attributes != null && !attributes.isObject()) {
      throw shape(path, "\"attributes\" of " + id + " is not an object");
    }
    return new VtObject(
        type == null ? "" : type.asText(),
        id == null ? "" : id.asText(),
        attributes == null ? JsonNodeFactory.instance.objectNode() : (ObjectNode) attributes,
        item.get("context_attributes"),
        item.get("relationships"),
        textOrNull(item.path("links").get("self")),
        error,
        (ObjectNode) item);
  }

  private static String cursorOf(String link) {
    HttpUrl url = HttpUrl.parse(link);
    return url == null ? null : url.queryParameter("cursor");
  }

  /** What a body that is not the expected JSON looks like, quoting its start. */
  private static String describe(BodyStream body, KeyMask mask) {
    String head = body.head();
    if (head.isBlank()) {
      return "an empty body";
    }
    String what = head.stripLeading().startsWith("<") ? "an HTML/XML page" : "not JSON";
    return what + ": " + snippet(mask.mask(head));
  }

  private static VtProtocolException shape(String path, String what) {
    return new VtProtocolException(
        "UnexpectedShape", 200, path, "unexpected envelope: " + what, null);
  }

  private static String textOrNull(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static Long longOrNull(JsonNode node) {
    return node == null || !node.canConvertToLong() ? null : node.asLong();
  }

  private static String snippet(String body) {
    String flat = body.replaceAll("\\s+", " ").strip();
    return flat.length() <= SNIPPET
        ? "\"" + flat + "\""
        : "\"" + flat.substring(0, SNIPPET) + "...\"";
  }
}
