package io.vtsql.simulator.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.Corpus;
import java.util.Objects;

/**
 * Computes the {@code context_attributes} VirusTotal attaches to search hits (protocol.md §6): URL
 * hits get {@code {"url": <url>}}; domain and IP hits get detection counts over their {@code urls},
 * {@code communicating_files}, {@code downloaded_files} and {@code referrer_files} relationships,
 * where "detected" means {@code last_analysis_stats.malicious > 0} and the max is the largest
 * {@code malicious} value (0 when there is none); file hits get none.
 */
final class ContextAttributes {

  private static final String[] MALICIOUS = Attributes.path("last_analysis_stats.malicious");
  private static final String[][] GROUPS = {
    // relationship, related type, count attribute, max attribute
    {"urls", "url", "detected_urls_count", "urls_max_detections"},
    {
      "communicating_files",
      "file",
      "detected_communicating_files_count",
      "communicating_files_max_detections"
    },
    {
      "downloaded_files",
      "file",
      "detected_downloaded_files_count",
      "downloaded_files_max_detections"
    },
    {"referrer_files", "file", "detected_referring_files_count", "referring_files_max_detections"},
  };

  private final Corpus corpus;

  /** Context attributes computed from {@code corpus}'s relationships. */
  ContextAttributes(Corpus corpus) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
  }

  /** The context attributes of a hit of {@code entity}, or null when VirusTotal sends none. */
  ObjectNode of(Entity entity, ObjectNode object) {
    switch (entity) {
      case URL:
        ObjectNode url = JsonNodeFactory.instance.objectNode();
        JsonNode value = object.path("attributes").path("url");
        url.set(
            "url", value.isMissingNode() ? JsonNodeFactory.instance.nullNode() : value.deepCopy());
        return url;
      case DOMAIN:
      case IP:
        return detections(entity.apiType(), object.path("id").asText());
      default:
        return null;
    }
  }

  private ObjectNode detections(String type, String id) {
    ObjectNode context = JsonNodeFactory.instance.objectNode();
    for (String[] group : GROUPS) {
      int detected = 0;
      long max = 0;
      for (ObjectNode descriptor : corpus.related(type, id, group[0])) {
        Long malicious =
            corpus
                .find(group[1], descriptor.path("id").asText())
                .map(related -> Attributes.longValue(related, MALICIOUS))
                .orElse(null);
        if (malicious != null && malicious > 0) {
          detected++;
          max = Math.max(max, malicious);
        }
      }
      context.put(group[2], detected);
      context.put(group[3], max);
    }
    return context;
  }
}
