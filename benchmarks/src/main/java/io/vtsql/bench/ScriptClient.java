package io.vtsql.bench;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The baseline every vtsql figure is compared with: what a straightforward analyst script does with
 * plain HTTP and Jackson. One GET per object it needs (no de-duplication), full objects (never
 * {@code descriptors_only}), the largest page sizes (300 for searches, 40 for relationships),
 * relationship targets listed by descriptor and then fetched one by one, and no cache. It is a fair
 * script, not a strawman: it stops paging once it has the rows it wants.
 */
final class ScriptClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> COLLECTIONS =
      Map.of(
          "file",
          "files",
          "url",
          "urls",
          "domain",
          "domains",
          "ip_address",
          "ip_addresses",
          "resolution",
          "resolutions");

  private final OkHttpClient http;
  private final HttpUrl base;
  private final String apiKey;

  ScriptClient(OkHttpClient http, String baseUrl, String apiKey) {
    this.http = requireNonNull(http, "http");
    this.base = requireNonNull(HttpUrl.parse(baseUrl), "baseUrl");
    this.apiKey = requireNonNull(apiKey, "apiKey");
  }

  /** {@code GET /{collection}/{id}}: the object, or null when VirusTotal answers 404. */
  JsonNode object(String collection, String id) {
    final JsonNode body =
        get(base.newBuilder().addPathSegment(collection).addPathSegment(id).build());
    return body.has("error") ? null : body.get("data");
  }

  /** Search pages of 300 full objects until {@code wanted} hits (or all of them) are read. */
  List<JsonNode> search(String query, String order, int wanted) {
    return search(query, order, hit -> true, wanted);
  }

  /**
   * Search pages of 300 full objects, keeping the hits {@code keep} accepts (a condition the script
   * checks itself), until {@code wanted} are kept or the hits run out.
   */
  List<JsonNode> search(String query, String order, Predicate<JsonNode> keep, int wanted) {
    final List<JsonNode> hits = new ArrayList<>();
    String cursor = null;
    do {
      final HttpUrl.Builder url =
          base.newBuilder()
              .addPathSegment("intelligence")
              .addPathSegment("search")
              .addQueryParameter("query", query)
              .addQueryParameter("limit", "300");
      if (order != null) {
        url.addQueryParameter("order", order);
      }
      if (cursor != null) {
        url.addQueryParameter("cursor", cursor);
      }
      final JsonNode page = get(url.build());
      for (JsonNode hit : page.path("data")) {
        if (keep.test(hit)) {
          hits.add(hit);
        }
      }
      cursor = page.path("meta").path("cursor").asText(null);
    } while (cursor != null && hits.size() < wanted);
    return hits.size() > wanted ? hits.subList(0, wanted) : hits;
  }

  /** Descriptors of a relationship, pages of 40 ({@code /relationships/{name}}). */
  List<JsonNode> descriptors(String collection, String id, String relationship) {
    final List<JsonNode> out = new ArrayList<>();
    String cursor = null;
    do {
      final HttpUrl.Builder url =
          base.newBuilder()
              .addPathSegment(collection)
              .addPathSegment(id)
              .addPathSegment("relationships")
              .addPathSegment(relationship)
              .addQueryParameter("limit", "40");
      if (cursor != null) {
        url.addQueryParameter("cursor", cursor);
      }
      final JsonNode page = get(url.build());
      final JsonNode data = page.path("data");
      if (data.isArray()) {
        data.forEach(out::add);
      } else if (data.isObject()) {
        out.add(data);
      }
      cursor = page.path("meta").path("cursor").asText(null);
    } while (cursor != null);
    return out;
  }

  /** A relationship's targets as full objects: its descriptors, then one GET per target. */
  List<JsonNode> related(String collection, String id, String relationship) {
    final List<JsonNode> out = new ArrayList<>();
    for (JsonNode d : descriptors(collection, id, relationship)) {
      final JsonNode object =
          object(COLLECTIONS.get(d.path("type").asText()), d.path("id").asText());
      if (object != null) {
        out.add(object);
      }
    }
    return out;
  }

  private JsonNode get(HttpUrl url) {
    final Request request = new Request.Builder().url(url).header("x-apikey", apiKey).build();
    try (Response response = http.newCall(request).execute()) {
      return JSON.readTree(response.body().byteStream());
    } catch (IOException e) {
      throw new UncheckedIOException("script GET " + url.encodedPath() + " failed", e);
    }
  }
}
