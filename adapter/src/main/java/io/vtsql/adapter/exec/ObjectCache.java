package io.vtsql.adapter.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vtsql.client.JsonWeight;
import io.vtsql.client.VtObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Full objects that any access path (search page, relationship page, point lookup) has fetched, by
 * type and every id a point lookup may name them by (file sha256/sha1/md5, url id and base64url
 * form), so that a later lookup of the same object within the TTL needs no request. One per client,
 * hence per API key: objects never cross keys. Descriptors (no attributes) are never stored, since
 * a lookup row needs the attributes. Bounded by the estimated heap bytes of the objects as well as
 * by count, since a scan passes every object it reads through here; an object known by three ids
 * weighs three times (conservative: they share one tree).
 */
public final class ObjectCache {
  private final Cache<String, VtObject> objects;
  private final long maxBytes;

  ObjectCache(Duration ttl, long maxEntries, long maxBytes) {
    this.maxBytes = maxBytes;
    this.objects =
        Caffeine.newBuilder()
            .expireAfterWrite(ttl)
            // the weight also enforces maxEntries (see JsonWeight.weight): Caffeine takes one bound
            .maximumWeight(maxBytes)
            .weigher(
                (String key, VtObject o) ->
                    JsonWeight.weight(JsonWeight.bytes(o.json()), maxBytes, maxEntries))
            // evict in the writing thread, so a scan never outruns the bound
            .executor(Runnable::run)
            .recordStats()
            .build();
  }

  /** Remembers a full object under each of its lookup ids; ignores descriptors. */
  public void put(VtObject object) {
    if (object.attributes().isEmpty() || object.error() != null) {
      return;
    }
    objects.put(key(object.type(), object.id()), object);
    final JsonNode a = object.attributes();
    switch (object.type()) {
      case "file":
        for (String hash : new String[] {"sha256", "sha1", "md5"}) {
          if (a.path(hash).isTextual()) {
            objects.put(key("file", a.get(hash).asText()), object);
          }
        }
        break;
      case "url":
        if (a.path("url").isTextual()) {
          objects.put(
              key(
                  "url",
                  Base64.getUrlEncoder()
                      .withoutPadding()
                      .encodeToString(a.get("url").asText().getBytes(StandardCharsets.UTF_8))),
              object);
        }
        break;
      default:
        break;
    }
  }

  /** The object of a type named by a lookup id, if fetched within the TTL. */
  public Optional<VtObject> find(String type, String id) {
    return Optional.ofNullable(objects.getIfPresent(key(type, id)));
  }

  /**
   * Forgets every object known by {@code id} or whose id it is, of any type (a write changed it).
   */
  public void forget(String id) {
    final String folded = id.toLowerCase(Locale.ROOT);
    objects
        .asMap()
        .entrySet()
        .removeIf(
            e ->
                e.getValue().id().equals(id)
                    || e.getKey().endsWith('/' + id)
                    || e.getKey().endsWith('/' + folded));
  }

  /** Lookups answered from this cache. */
  public long hits() {
    return objects.stats().hitCount();
  }

  /** Ids currently cached (an object counts once per id it is known by). */
  public long size() {
    return objects.estimatedSize();
  }

  /** The size budget in estimated heap bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  private static String key(String type, String id) {
    // hashes and domain names are case-insensitive; base64url and ip ids are not
    final boolean folds = type.equals("domain") || type.equals("file");
    return type + '/' + (folds ? id.toLowerCase(Locale.ROOT) : id);
  }
}
