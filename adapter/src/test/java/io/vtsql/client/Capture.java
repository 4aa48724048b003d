package io.vtsql.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One captured VirusTotal response read from the shared captures folder: a VCR interaction (status,
 * headers, body), a saved body (.json, status implied by its content) or one line of a JSONL feed
 * batch.
 */
record Capture(
    String file,
    int index,
    String method,
    String path,
    int status,
    String contentType,
    String body) {
  private static final String API = "https://www.virustotal.com/api/v3";
  private static final YAMLMapper YAML = new YAMLMapper();

  /** Body-only error captures: the status their provenance states (SOURCES.md). */
  private static final Map<String, Integer> IMPLIED_STATUS =
      Map.of(
          "mdb_error_NotFoundError.json", 404,
          "mdb_error_WrongCredentialsError.json", 401,
          "issue_subfinder1547_error_BadRequestError_limit40.json", 400);

  /**
   * The captures folder from the {@code vtsql.captures} system property, or null when it is not
   * there.
   */
  static Path folder() {
    String p = System.getProperty("vtsql.captures");
    if (p == null || !Files.isDirectory(Path.of(p))) {
      return null;
    }
    return Path.of(p);
  }

  /** Every capture file except SOURCES.md, sorted by name. */
  static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList();
    }
  }

  /** The responses a capture file holds. */
  static List<Capture> read(Path file) throws IOException {
    String name = file.getFileName().toString();
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<Capture> out = new ArrayList<>();
    if (name.endsWith(".yml")) {
      int i = 0;
      for (JsonNode interaction : YAML.readTree(text).path("http_interactions")) {
        JsonNode response = interaction.path("response");
        String uri = interaction.path("request").path("uri").asText();
        out.add(
            new Capture(
                name,
                i++,
                interaction.path("request").path("method").asText().toUpperCase(),
                uri.startsWith(API) ? uri.substring(API.length()) : uri,
                response.path("status").path("code").asInt(),
                response.path("headers").path("Content-Type").path(0).asText(null),
                response.path("body").path("string").asText()));
      }
    } else if (name.endsWith(".jsonl")) {
      int i = 0;
      for (String line : text.split("\n")) {
        if (!line.isBlank()) {
          out.add(new Capture(name, i++, "FEED", "/feeds/files", 200, null, line));
        }
      }
    } else {
      out.add(
          new Capture(
              name,
              0,
              "GET",
              "/capture/" + name,
              IMPLIED_STATUS.getOrDefault(name, 200),
              null,
              text));
    }
    return out;
  }
}
