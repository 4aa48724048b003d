package io.vtsql.simulator.corpus.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.vtsql.simulator.corpus.Corpus;
import io.vtsql.simulator.corpus.ObjectTable;
import io.vtsql.simulator.corpus.Ref;
import io.vtsql.simulator.corpus.RelationStore;
import io.vtsql.simulator.corpus.RelationshipCatalogue;
import io.vtsql.simulator.corpus.StoredTable;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads a folder of real VirusTotal envelopes into a {@link Corpus}: {@code .json} files holding
 * {@code {"data": {...}}} or {@code {"data": [...]}}, {@code .jsonl} files with one object (or
 * envelope) per line, and VCR {@code .yml} cassettes whose 200 response bodies are envelopes.
 * Embedded {@code relationships} become relationships; a cassette recorded from {@code GET
 * /{collection}/{id}/{relationship}} adds its items to that relationship. Error bodies and bare
 * descriptors are skipped.
 */
public final class CorpusLoader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new YAMLMapper();
  private static final Pattern RELATIONSHIP_URI =
      Pattern.compile(
          "/api/v3/(files|urls|domains|ip_addresses)/([^/?]+)/(?:relationships/)?([a-z_]+)$");
  private static final Map<String, String> TYPES =
      Map.of("files", "file", "urls", "url", "domains", "domain", "ip_addresses", "ip_address");

  private final Map<String, StoredTable> tables = new HashMap<>();
  private final RelationStore relations = new RelationStore();
  private final List<String[]> pendingRelationships = new ArrayList<>();

  private CorpusLoader() {}

  /** Reads every supported file under {@code dir} (recursively, in name order). */
  public static Corpus load(Path dir) throws IOException {
    CorpusLoader loader = new CorpusLoader();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      loader.read(file);
    }
    return loader.build();
  }

  private void read(Path file) throws IOException {
    String name = file.getFileName().toString();
    if (name.endsWith(".json")) {
      envelope(JSON.readTree(file.toFile()), null);
    } else if (name.endsWith(".jsonl")) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          JsonNode node = JSON.readTree(line);
          envelope(node.has("data") ? node : JSON.createObjectNode().set("data", node), null);
        }
      }
    } else if (name.endsWith(".yml") || name.endsWith(".yaml")) {
      for (JsonNode interaction : YAML.readTree(file.toFile()).path("http_interactions")) {
        JsonNode response = interaction.path("response");
        String body = response.path("body").path("string").asText("");
        if (response.path("status").path("code").asInt() == 200 && body.startsWith("{")) {
          envelope(JSON.readTree(body), interaction.path("request").path("uri").asText(null));
        }
      }
    }
  }

  private void envelope(JsonNode envelope, String requestUri) {
    JsonNode data = envelope == null ? null : envelope.get("data");
    if (data == null) {
      return;
    }
    List<JsonNode> items = new ArrayList<>();
    if (data.isArray()) {
      data.forEach(items::add);
    } else if (data.isObject()) {
      items.add(data);
    }
    for (JsonNode item : items) {
      object(item);
    }
    if (requestUri != null && data.isArray()) {
      Matcher m = RELATIONSHIP_URI.matcher(URI.create(requestUri).getPath());
      if (m.find()) {
        for (JsonNode item : items) {
          pendingRelationships.add(
              new String[] {
                TYPES.get(m.group(1)),
                m.group(2),
                m.group(3),
                item.path("type").asText(),
                item.path("id").asText()
              });
        }
      }
    }
  }

  private void object(JsonNode item) {
    if (!item.isObject() || !item.hasNonNull("type") || !item.hasNonNull("id")) {
      return;
    }
    String type = item.get("type").asText();
    String id = item.get("id").asText();
    JsonNode relationships = item.path("relationships");
    relationships
        .fields()
        .forEachRemaining(
            e -> {
              JsonNode related = e.getValue().path("data");
              List<Ref> refs = new ArrayList<>(relations.get(type, id, e.getKey()));
              (related.isArray() ? related : JSON.createArrayNode().add(related))
                  .forEach(
                      r -> {
                        if (r.hasNonNull("type") && r.hasNonNull("id")) {
                          Ref ref =
                              new Ref(
                                  r.get("type").asText(),
                                  r.get("id").asText(),
                                  r.has("context_attributes")
                                      ? (ObjectNode) r.get("context_attributes")
                                      : null);
                          if (!refs.contains(ref)) {
                            refs.add(ref);
                          }
                        }
                      });
              relations.set(type, id, e.getKey(), refs);
            });
    if (!item.path("attributes").isObject() || item.path("attributes").isEmpty()) {
      return;
    }
    StoredTable table = tables.computeIfAbsent(type, t -> new StoredTable());
    ObjectNode object = ((ObjectNode) item).deepCopy();
    object.remove("relationships");
    object.remove("context_attributes");
    if (table.contains(id)
        && table.materialize(id).path("attributes").size() >= object.path("attributes").size()) {
      return;
    }
    table.put(object);
    JsonNode attributes = object.get("attributes");
    for (String hash : new String[] {"md5", "sha1", "sha256"}) {
      if (type.equals("file") && attributes.hasNonNull(hash)) {
        table.alias(attributes.get(hash).asText(), id);
      }
    }
    if (type.equals("url") && attributes.hasNonNull("url")) {
      table.alias(base64Url(attributes.get("url").asText()), id);
    }
  }

  private Corpus build() {
    for (String[] p : pendingRelationships) {
      String source = tables.containsKey(p[0]) ? tables.get(p[0]).resolve(p[1]).orElse(p[1]) : p[1];
      Ref target = Ref.of(p[3], p[4]);
      List<Ref> refs = new ArrayList<>(relations.get(p[0], source, p[2]));
      if (!refs.contains(target)) {
        refs.add(target);
        relations.set(p[0], source, p[2], refs);
      }
    }
    for (String type : List.of("file", "url", "domain", "ip_address")) {
      tables.computeIfAbsent(type, t -> new StoredTable());
    }
    return new Corpus(
        Map.<String, ObjectTable>copyOf(tables), relations, RelationshipCatalogue.standard());
  }

  static String base64Url(String url) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(url.getBytes(StandardCharsets.UTF_8));
  }
}
