package io.vtsql.simulator.http;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** JSON encoding as VirusTotal does it: pretty-printed with a 4-space indent, UTF-8. */
public final class Json {

  /** The shared mapper (thread-safe). */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  // "key": value, as VirusTotal writes it (Jackson's default is "key" : value).
  private static final ObjectWriter PRETTY =
      MAPPER.writer(
          new DefaultPrettyPrinter()
              .withSeparators(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withObjectIndenter(new DefaultIndenter("    ", "\n"))
              .withArrayIndenter(new DefaultIndenter("    ", "\n")));

  private Json() {}

  /** The pretty-printed UTF-8 bytes of a node. */
  public static byte[] bytes(JsonNode node) {
    try {
      return PRETTY.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new empty object node. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** The error body {@code {"error": {"code", "message"}}}. */
  public static ObjectNode error(String code, String message) {
    ObjectNode body = object();
    ObjectNode error = body.putObject("error");
    error.put("code", code);
    error.put("message", message);
    return body;
  }
}
