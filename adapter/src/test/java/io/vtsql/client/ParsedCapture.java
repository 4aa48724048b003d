package io.vtsql.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * What the client made of one {@link Capture}: exactly one of an error, a page, an object, a 1:1
 * relationship that was null, or a bare data value.
 */
record ParsedCapture(
    Capture capture,
    VtException error,
    VtPage page,
    VtObject object,
    boolean nullSingle,
    JsonNode data) {

  /**
   * Parses the capture the way the client would, choosing the parser by the shape of {@code data}.
   */
  static ParsedCapture of(Capture c) {
    try {
      if (c.method().equals("FEED")) {
        JsonNode line = EnvelopeParser.mapper().readTree(c.body());
        return new ParsedCapture(
            c, null, null, EnvelopeParser.toObject(line, c.path()), false, null);
      }
      JsonNode root =
          EnvelopeParser.checkResponse(c.status(), c.body(), c.path(), null, KeyMask.NONE);
      JsonNode data = root.get("data");
      if (data.isArray()) {
        return new ParsedCapture(
            c, null, EnvelopeParser.parsePage(root, c.path()), null, false, null);
      }
      if (data.isObject() || data.isNull()) {
        Optional<VtObject> single = EnvelopeParser.parseSingle(root, c.path());
        return new ParsedCapture(c, null, null, single.orElse(null), single.isEmpty(), null);
      }
      return new ParsedCapture(
          c, null, null, null, false, EnvelopeParser.parseData(root, c.path()));
    } catch (VtException e) {
      return new ParsedCapture(c, e, null, null, false, null);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
