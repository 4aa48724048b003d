package io.vtsql.adapter.catalog.types;

import static io.vtsql.adapter.catalog.Writes.optional;
import static io.vtsql.adapter.catalog.Writes.required;

import io.vtsql.adapter.catalog.Writes;
import io.vtsql.adapter.catalog.Writes.Body;
import io.vtsql.adapter.catalog.Writes.Request;
import java.util.List;

/**
 * The writes the community and collection tables share (protocol.md §5): comments and votes on an
 * object, a comment's deletion and votes, a collection and its items. Each type declares the ones
 * it has with these.
 */
final class CommunityWrites {
  /** Most descriptors one request adds to or removes from a collection. */
  static final int ITEMS_PER_REQUEST = 40;

  private CommunityWrites() {}

  /**
   * {@code INSERT INTO <type>_comments (<type>_id, text)}: {@code POST
   * /{collection}/{id}/comments}.
   */
  static Writes comments(String collection, String parentColumn) {
    return Writes.insert(
        new Request(
            "POST",
            "/" + collection + "/{" + parentColumn + "}/comments",
            Body.OBJECT,
            "comment",
            List.of(required("text", "text")),
            1,
            List.of("/" + collection + "/{" + parentColumn + "}", "/comments"),
            "SELECT id, text FROM "
                + tableOf(collection)
                + "_comments WHERE "
                + parentColumn
                + " = '{"
                + parentColumn
                + "}'"));
  }

  /**
   * {@code INSERT INTO <type>_votes (<type>_id, verdict)}: {@code POST /{collection}/{id}/votes};
   * VirusTotal takes one vote per user and object.
   */
  static Writes votes(String collection, String parentColumn) {
    return Writes.insert(
        new Request(
            "POST",
            "/" + collection + "/{" + parentColumn + "}/votes",
            Body.OBJECT,
            "vote",
            List.of(required("verdict", "verdict", "harmless", "malicious")),
            1,
            List.of("/" + collection + "/{" + parentColumn + "}"),
            "SELECT id, verdict FROM "
                + tableOf(collection)
                + "_user_votes WHERE "
                + parentColumn
                + " = '{"
                + parentColumn
                + "}'"));
  }

  /**
   * {@code comments}: {@code DELETE FROM comments WHERE id = ...} and a vote on a comment, {@code
   * UPDATE comments SET votes_positive = votes_positive + 1 WHERE id = ...} ({@code POST
   * /comments/{id}/vote}).
   */
  static Writes comment() {
    return Writes.NONE
        .withUpdate(
            new Request(
                "POST",
                "/comments/{id}/vote",
                Body.COUNTS,
                "comment",
                List.of(
                    optional("votes_positive", "positive"),
                    optional("votes_negative", "negative"),
                    optional("votes_abuse", "abuse")),
                1,
                List.of(),
                "SELECT id, votes_positive, votes_negative, votes_abuse FROM comments"
                    + " WHERE id = '{id}'"),
            "id")
        .withDelete(
            new Request(
                "DELETE",
                "/comments/{id}",
                Body.NONE,
                "comment",
                List.of(),
                1,
                List.of("/comments"),
                "SELECT id FROM comments WHERE id = '{id}'"),
            "id");
  }

  /** {@code collections}: create, rename or describe, delete. */
  static Writes collection() {
    final List<Writes.Field> attributes =
        List.of(
            required("name", "name"),
            optional("description", "description"),
            optional("private", "private"));
    return Writes.insert(
            new Request(
                "POST",
                "/collections",
                Body.OBJECT,
                "collection",
                attributes,
                1,
                List.of("/collections"),
                "SELECT id, name FROM collections WHERE owner = '<you>' AND name = '{name}'"))
        .withUpdate(
            new Request(
                "PATCH",
                "/collections/{id}",
                Body.OBJECT,
                "collection",
                List.of(
                    optional("name", "name"),
                    optional("description", "description"),
                    optional("private", "private")),
                1,
                List.of("/collections"),
                "SELECT id, name, description, private FROM collections WHERE id = '{id}'"),
            "id")
        .withDelete(
            new Request(
                "DELETE",
                "/collections/{id}",
                Body.NONE,
                "collection",
                List.of(),
                1,
                List.of("/collections"),
                "SELECT id FROM collections WHERE id = '{id}'"),
            "id");
  }

  /**
   * A collection's items of one type: {@code INSERT INTO collection_<rel> (collection_id, id)} and
   * {@code DELETE ... WHERE collection_id = ... AND id IN (...)}, up to {@link #ITEMS_PER_REQUEST}
   * descriptors per request.
   */
  static Writes items(String relationship, String itemType) {
    final String path = "/collections/{collection_id}/" + relationship;
    final String check =
        "SELECT id FROM collection_" + relationship + " WHERE collection_id = '{collection_id}'";
    // the list's rows carry the item counts: the whole of /collections is stale
    final List<String> stale = List.of("/collections");
    return Writes.insert(
            new Request(
                "POST",
                path,
                Body.DESCRIPTORS,
                itemType,
                List.of(required("id", "id")),
                ITEMS_PER_REQUEST,
                stale,
                check))
        .withDelete(
            new Request(
                "DELETE",
                path,
                Body.DESCRIPTORS,
                itemType,
                List.of(required("id", "id")),
                ITEMS_PER_REQUEST,
                stale,
                check),
            "collection_id",
            "id");
  }

  private static String tableOf(String collection) {
    return switch (collection) {
      case "files" -> "file";
      case "urls" -> "url";
      case "domains" -> "domain";
      case "ip_addresses" -> "ip_address";
      default -> "collection";
    };
  }
}
