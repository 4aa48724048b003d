package io.vtsql.bench;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.Corpus;
import io.vtsql.simulator.corpus.Ref;
import io.vtsql.simulator.search.IntelligenceSearch;
import io.vtsql.simulator.search.SearchSemantics;
import java.util.List;
import java.util.function.Predicate;

/**
 * Facts about the simulator's corpus that the hand-derived minimums are computed from: search hit
 * counts, relationship sizes and the ids the queries name.
 */
final class CorpusFacts {
  /** Largest page of an intelligence search. */
  static final int SEARCH_PAGE = 300;

  /** Largest page of a relationship. */
  static final int RELATIONSHIP_PAGE = 40;

  private final Corpus corpus;
  private final IntelligenceSearch search;

  /** Facts as a simulator reading searches with {@code semantics} serves them. */
  CorpusFacts(Corpus corpus, SearchSemantics semantics) {
    this.corpus = requireNonNull(corpus, "corpus");
    this.search = new IntelligenceSearch(corpus, semantics);
  }

  /** The detection count of a file, URL, domain or IP (-1 when absent). */
  static long malicious(JsonNode object) {
    return object.path("attributes").path("last_analysis_stats").path("malicious").asLong(-1);
  }

  /** The canonical id of the {@code index}-th object of a type. */
  String id(String type, int index) {
    return corpus.ids(type).get(index);
  }

  /** A string attribute of an object. */
  String attribute(String type, String id, String name) {
    return corpus.find(type, id).orElseThrow().path("attributes").path(name).asText();
  }

  /** The hits of a search in result order. */
  List<ObjectNode> hits(String query, String order) {
    return search.search(query, order).hits();
  }

  /**
   * Requests to read {@code n} items in pages of {@code page}: at least one, to learn it is empty.
   */
  static long pages(long n, int page) {
    return Math.max(1, (n + page - 1) / page);
  }

  /**
   * Search pages needed to collect {@code wanted} hits satisfying {@code exact} from the hits of a
   * superset query, in pages of 300 (all pages when fewer match).
   */
  long pagesFor(String query, String order, Predicate<? super ObjectNode> exact, long wanted) {
    final List<ObjectNode> hits = hits(query, order);
    long matched = 0;
    for (int i = 0; i < hits.size(); i++) {
      if (exact.test(hits.get(i)) && ++matched == wanted) {
        return pages(i + 1, SEARCH_PAGE);
      }
    }
    return pages(hits.size(), SEARCH_PAGE);
  }

  /** Number of targets of a relationship of one object. */
  int related(String type, String id, String relationship) {
    return corpus.relatedRefs(type, id, relationship).size();
  }

  /** Ids of the targets of a relationship of one object, in API order. */
  List<String> relatedIds(String type, String id, String relationship) {
    return corpus.relatedRefs(type, id, relationship).stream().map(Ref::id).toList();
  }

  /** Relationship pages for one parent: one per 40 targets, at least one. */
  long relationshipPages(String type, String id, String relationship) {
    return pages(related(type, id, relationship), RELATIONSHIP_PAGE);
  }
}
