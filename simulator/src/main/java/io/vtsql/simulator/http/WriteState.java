package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.Ref;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one account has written: its comments (newest first per object), votes, collections and
 * their items, deletions of its own objects, votes on comments, submitted analyses and unused
 * upload URLs. Only that account reads it back, over the shared corpus. Guarded by the owning
 * {@link WriteEndpoints}.
 */
final class WriteState {
  /** A submitted analysis: when, of what, and (for a known object) the object it completes to. */
  record Analysis(String id, Instant submitted, Ref item, String url, ObjectNode template) {}

  final Map<String, ObjectNode> comments = new HashMap<>();
  final Map<String, List<String>> commentsOf = new HashMap<>();
  final Set<String> deletedComments = new HashSet<>();
  final Map<String, int[]> commentVotes = new HashMap<>();
  final Map<String, ObjectNode> votes = new HashMap<>();
  final Map<String, ObjectNode> collections = new LinkedHashMap<>();
  final Map<String, List<Ref>> items = new HashMap<>();
  final Set<String> deletedCollections = new HashSet<>();
  final Map<String, Analysis> analyses = new HashMap<>();
  final Set<String> uploadTokens = new HashSet<>();

  /** The key of an object's comments or vote: {@code type/id}. */
  static String of(String type, String id) {
    return type + "/" + id;
  }

  /** The items of a collection under one relationship (domains, files, urls, ip_addresses). */
  List<Ref> items(String collection, String relationship) {
    return items.computeIfAbsent(collection + "/" + relationship, k -> new ArrayList<>());
  }
}
