package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.Tier;
import io.vtsql.simulator.corpus.Corpus;
import io.vtsql.simulator.corpus.ObjectTypes;
import io.vtsql.simulator.search.IntelligenceSearch;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The community and threat-landscape routes: the {@code /comments}, {@code /collections} and {@code
 * /threat_actors} lists, {@code /popular_threat_categories}, and objects and relationships of
 * collections, threat actors and ATT&amp;CK tactics and techniques. Public keys may read comments,
 * ATT&amp;CK objects and community ({@code collection_type: collection}) collections; the
 * collections list, GTI collection types, searches inside a collection and threat actors need a
 * premium key.
 */
final class ThreatEndpoints {

  private static final Set<String> SERVED =
      Set.of("collections", "threat_actors", "attack_tactics", "attack_techniques");

  /** The categories {@code /popular_threat_categories} lists (the API reference's example). */
  private static final List<String> CATEGORIES =
      List.of(
          "adware",
          "banker",
          "downloader",
          "dropper",
          "fakeav",
          "hacktool",
          "miner",
          "phishing",
          "pua",
          "ransomware",
          "spyware",
          "trojan",
          "virus",
          "worm");

  private static final String FORBIDDEN =
      "You are not authorized to perform the requested operation";

  private final Corpus corpus;
  private final ObjectEndpoints objects;
  private final CollectionSearch collectionSearch;
  private final ListEndpoint lists = new ListEndpoint(Clock.systemUTC());

  ThreatEndpoints(Corpus corpus, ObjectEndpoints objects, IntelligenceSearch search) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.objects = Objects.requireNonNull(objects, "objects");
    this.collectionSearch = new CollectionSearch(corpus, search);
  }

  /** The response for a route of this class; empty when the path is not one. */
  Optional<ObjectNode> serve(ApiRequest request, String[] s) {
    if (s.length == 1) {
      return switch (s[0]) {
        case "comments" ->
            Optional.of(lists.page(request, CommentsList.SPEC, corpus.all("comment")));
        case "collections" ->
            Optional.of(
                lists.page(premium(request), CollectionsList.SPEC, corpus.all("collection")));
        case "threat_actors" ->
            Optional.of(
                lists.page(premium(request), ThreatActorsList.SPEC, corpus.all("threat_actor")));
        case "popular_threat_categories" -> Optional.of(categories());
        default -> Optional.empty();
      };
    }
    if (s.length < 2 || s.length > 4 || !SERVED.contains(s[0])) {
      return Optional.empty();
    }
    String type = ObjectTypes.typeOf(s[0]).orElseThrow();
    if (type.equals("threat_actor")) {
      premium(request);
    }
    if (type.equals("collection") && request.tier() == Tier.PUBLIC) {
      corpus
          .find(type, s[1])
          .filter(c -> !c.path("attributes").path("collection_type").asText().equals("collection"))
          .ifPresent(
              c -> {
                throw ApiException.forbidden(FORBIDDEN);
              });
    }
    if (s.length == 2) {
      return Optional.of(objects.object(request, type, s[1]));
    }
    if (s.length == 3 && type.equals("collection") && s[2].equals("search")) {
      return Optional.of(collectionSearch.search(premium(request), s[1]));
    }
    if (s.length == 3) {
      return Optional.of(objects.related(request, type, s[1], s[2], false));
    }
    if (s[2].equals("relationships")) {
      return Optional.of(objects.related(request, type, s[1], s[3], true));
    }
    return Optional.empty();
  }

  private static ApiRequest premium(ApiRequest request) {
    if (request.tier() == Tier.PUBLIC) {
      throw ApiException.forbidden(FORBIDDEN);
    }
    return request;
  }

  private static ObjectNode categories() {
    ObjectNode body = Json.object();
    ArrayNode data = body.putArray("data");
    CATEGORIES.forEach(data::add);
    return body;
  }
}
