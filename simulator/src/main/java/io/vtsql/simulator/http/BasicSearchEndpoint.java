package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.Corpus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /search?query=}: VirusTotal's basic search, open to every key (protocol.md §5 Search).
 * A hash, URL, domain or IP address answers the one object it names (or none); anything else
 * answers the comments tagged with it (a leading {@code #} is optional), newest first. It takes no
 * limit: the simulator's pages hold {@link #PAGE} results, with {@code meta.cursor} and {@code
 * links.next} while more follow.
 */
final class BasicSearchEndpoint implements ProductEndpoints {

  /** Results per page; VirusTotal documents no page size for this endpoint. */
  static final int PAGE = 10;

  private final Corpus corpus;

  /** Comment ids by lower-case tag, newest first: built on the first search by tag. */
  private volatile Map<String, List<String>> commentsByTag;

  BasicSearchEndpoint(Corpus corpus) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
  }

  @Override
  public Optional<ObjectNode> serve(ApiRequest request, String[] s) {
    if (s.length != 1 || !s[0].equals("search")) {
      return Optional.empty();
    }
    String query = request.param("query");
    if (query == null || query.isBlank()) {
      throw ApiException.badRequest("The \"query\" parameter is required");
    }
    String text = query.strip();
    List<ObjectNode> hits =
        Observables.type(text).isPresent()
            ? Observables.find(corpus, text).map(List::of).orElse(List.of())
            : taggedComments(text);
    String scope = "/api/v3/search?query=" + text;
    String cursor = request.param("cursor");
    int offset = Cursors.decode(cursor, scope);
    List<ObjectNode> items = new ArrayList<>();
    for (int i = offset; i < Math.min(hits.size(), offset + PAGE); i++) {
      items.add(Envelopes.object(hits.get(i), request.base()));
    }
    String path = request.base() + "/search";
    ObjectNode links = Json.object();
    links.put(
        "self",
        path
            + Envelopes.query(
                "query", text, "cursor", cursor == null || cursor.isEmpty() ? null : cursor));
    ObjectNode meta = null;
    if (offset + PAGE < hits.size()) {
      String next = Cursors.encode(offset + PAGE, scope);
      meta = Json.object();
      meta.put("cursor", next);
      links.put("next", path + Envelopes.query("query", text, "cursor", next));
    }
    return Optional.of(Envelopes.page(items, meta, links));
  }

  private List<ObjectNode> taggedComments(String text) {
    String tag = (text.startsWith("#") ? text.substring(1) : text).toLowerCase(Locale.ROOT);
    List<ObjectNode> hits = new ArrayList<>();
    for (String id : index().getOrDefault(tag, List.of())) {
      hits.add(corpus.find("comment", id).orElseThrow());
    }
    return hits;
  }

  private Map<String, List<String>> index() {
    Map<String, List<String>> index = commentsByTag;
    if (index == null) {
      List<ObjectNode> comments = new ArrayList<>(corpus.all("comment"));
      comments.sort(
          Comparator.comparingLong((ObjectNode c) -> c.path("attributes").path("date").asLong())
              .reversed()
              .thenComparing(c -> c.path("id").asText()));
      Map<String, List<String>> built = new HashMap<>();
      for (ObjectNode comment : comments) {
        Set<String> tags = new HashSet<>();
        comment
            .path("attributes")
            .path("tags")
            .forEach(t -> tags.add(t.asText().toLowerCase(Locale.ROOT)));
        for (String t : tags) {
          built.computeIfAbsent(t, k -> new ArrayList<>()).add(comment.path("id").asText());
        }
      }
      index = Map.copyOf(built);
      commentsByTag = index;
    }
    return index;
  }
}
