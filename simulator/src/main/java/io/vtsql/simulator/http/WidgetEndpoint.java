package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.Corpus;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code GET /widget/url?query=<observable>}: the VT Augment widget URL of a file hash, URL, domain
 * or IP address and its detection ratio (reference/widgeturl). The documentation lets free keys
 * power a basic widget, so every key may call it. The URL carries an opaque token made from the
 * observable and the caller's user id, never the key.
 */
final class WidgetEndpoint implements ProductEndpoints {

  /** Where VirusTotal serves widget pages (the docs' example URL). */
  static final String HTML = "https://www.virustotal.com/ui/widget/html/";

  private final Corpus corpus;

  WidgetEndpoint(Corpus corpus) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
  }

  @Override
  public Optional<ObjectNode> serve(ApiRequest request, String[] s) {
    if (s.length != 2 || !s[0].equals("widget") || !s[1].equals("url")) {
      return Optional.empty();
    }
    String query = request.param("query");
    if (query == null || query.isBlank()) {
      throw ApiException.badRequest("The \"query\" parameter is required");
    }
    ObjectNode object =
        Observables.find(corpus, query.strip())
            .orElseThrow(() -> ApiException.notFound("Observable \"" + query + "\" not found"));
    String token =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                (object.path("id").asText()
                        + "||"
                        + object.path("type").asText()
                        + "||"
                        + request.account().userId())
                    .getBytes(StandardCharsets.UTF_8));
    JsonNode stats = object.path("attributes").path("last_analysis_stats");
    int total = 0;
    for (JsonNode count : stats) {
      total += count.asInt();
    }
    ObjectNode body = Json.object();
    ObjectNode data = body.putObject("data");
    data.put("url", HTML + token);
    ObjectNode ratio = data.putObject("detection_ratio");
    ratio.put("detections", stats.path("malicious").asInt());
    ratio.put("total", total);
    return Optional.of(body);
  }
}
