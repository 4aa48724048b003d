package io.vtsql.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/**
 * The body of a write: JSON {@code {"data": ...}} (comments, votes, collections), a form ({@code
 * POST /urls} takes {@code url=}), a file as multipart field {@code file} ({@code POST /files} and
 * its upload URL), or none.
 */
public final class VtPayload {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final MediaType OCTETS = MediaType.get("application/octet-stream");

  private final JsonNode json;
  private final Map<String, String> form;
  private final Path file;

  private VtPayload(JsonNode json, Map<String, String> form, Path file) {
    this.json = json;
    this.form = form;
    this.file = file;
  }

  /** A JSON body. */
  public static VtPayload json(JsonNode body) {
    return new VtPayload(requireNonNull(body, "body"), null, null);
  }

  /** An {@code application/x-www-form-urlencoded} body. */
  public static VtPayload form(Map<String, String> fields) {
    return new VtPayload(null, new LinkedHashMap<>(requireNonNull(fields, "fields")), null);
  }

  /** A multipart body whose field {@code file} holds the file's bytes. */
  public static VtPayload file(Path file) {
    return new VtPayload(null, null, requireNonNull(file, "file"));
  }

  /** No body. */
  public static VtPayload none() {
    return new VtPayload(null, null, null);
  }

  /** The JSON body, or null for another kind. */
  public JsonNode jsonBody() {
    return json;
  }

  /** The body as OkHttp sends it (an empty JSON object when there is none: OkHttp needs one). */
  RequestBody requestBody() {
    if (json != null) {
      try {
        return RequestBody.create(EnvelopeParser.mapper().writeValueAsBytes(json), JSON);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("unserialisable JSON body", e);
      }
    }
    if (form != null) {
      FormBody.Builder b = new FormBody.Builder();
      form.forEach(b::add);
      return b.build();
    }
    if (file != null) {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("not a readable file: " + file);
      }
      return new MultipartBody.Builder()
          .setType(MultipartBody.FORM)
          .addFormDataPart(
              "file", file.getFileName().toString(), RequestBody.create(file.toFile(), OCTETS))
          .build();
    }
    return RequestBody.create(new byte[0], null);
  }

  @Override
  public String toString() {
    return json != null
        ? "json"
        : form != null ? "form " + form.keySet() : file != null ? "file " + file : "none";
  }
}
