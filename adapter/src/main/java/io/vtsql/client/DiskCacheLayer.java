package io.vtsql.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Persistent response cache: one JSON file per entry in a directory, so quota spent in one process
 * or on one day is not spent again while the entry is within its TTL.
 *
 * <p>A file is named by the SHA-256 of the cache key (which itself holds only a hash of the API
 * key) and holds the cache key, the fetch time, the status and the body. Writers write a temporary
 * file in the same directory and move it into place atomically, so concurrent processes only ever
 * see whole entries. An entry that cannot be read, belongs to another key (hash collision) or is
 * older than the TTL is a miss and gets replaced by the next successful fetch; disk errors never
 * fail a request.
 *
 * <p>A write passes through uncached; entries under the paths it changed that were fetched before
 * it are misses from then on in this process (other processes sharing the directory keep them until
 * their TTL: see docs/writes.md).
 */
final class DiskCacheLayer implements Layer {
  private static final Logger LOG = LoggerFactory.getLogger(DiskCacheLayer.class);
  private static final int FORMAT = 1;

  private final Layer next;
  private final String keyId;
  private final Path dir;
  private final Duration ttl;
  private final AtomicLong hits = new AtomicLong();
  private final Map<String, Instant> written = new ConcurrentHashMap<>();

  DiskCacheLayer(Layer next, String keyId, Path dir, Duration ttl) {
    this.next = requireNonNull(next, "next");
    this.keyId = requireNonNull(keyId, "keyId");
    this.dir = requireNonNull(dir, "dir");
    this.ttl = requireNonNull(ttl, "ttl");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the cache directory " + dir, e);
    }
  }

  @Override
  public VtResponse execute(VtRequest request) {
    if (!request.read()) {
      try {
        return next.execute(request);
      } finally {
        Instant now = Instant.now();
        Invalidation.prefixes(request).forEach(p -> written.put(p, now));
      }
    }
    if (request.live()) {
      return next.execute(request);
    }
    String key = MemoryCacheLayer.cacheKey(keyId, request);
    Path file = dir.resolve(KeyIdentity.sha256(key) + ".json");
    VtResponse cached = request.wantsFresh() ? null : read(file, key);
    if (cached != null) {
      hits.incrementAndGet();
      return cached;
    }
    VtResponse response = next.execute(request);
    if (response.status() == 200 && response.source() == VtResponse.Source.NETWORK) {
      write(file, key, response);
    }
    return response;
  }

  long hits() {
    return hits.get();
  }

  /** Whether a write of this process changed the entry's path after it was fetched. */
  private boolean staleByWrite(String key, Instant fetchedAt) {
    String pathAndQuery = key.substring(key.indexOf(" GET ") + " GET ".length());
    for (var e : written.entrySet()) {
      if (!fetchedAt.isAfter(e.getValue())
          && Invalidation.covers(List.of(e.getKey()), pathAndQuery)) {
        return true;
      }
    }
    return false;
  }

  private VtResponse read(Path file, String key) {
    try {
      JsonNode entry = EnvelopeParser.mapper().readTree(Files.readString(file));
      if (entry == null
          || entry.path("format").asInt() != FORMAT
          || !key.equals(entry.path("key").asText())
          || !entry.path("fetchedAt").canConvertToLong()
          || !entry.path("body").isObject()) {
        return null;
      }
      Instant fetchedAt = Instant.ofEpochMilli(entry.get("fetchedAt").asLong());
      if (Instant.now().isAfter(fetchedAt.plus(ttl)) || staleByWrite(key, fetchedAt)) {
        return null;
      }
      return new VtResponse(
          entry.get("body"),
          entry.path("status").asInt(200),
          fetchedAt,
          VtResponse.Source.DISK_CACHE);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException | RuntimeException e) {
      LOG.debug("vtsql cache entry {} is unreadable; treating it as a miss", file.getFileName(), e);
      return null;
    }
  }

  private void write(Path file, String key, VtResponse response) {
    ObjectNode entry = EnvelopeParser.mapper().createObjectNode();
    entry.put("format", FORMAT);
    entry.put("key", key);
    entry.put("fetchedAt", response.fetchedAt().toEpochMilli());
    entry.put("status", response.status());
    entry.set("body", response.body());
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, ".entry-", ".tmp");
      Files.write(tmp, EnvelopeParser.mapper().writeValueAsBytes(entry));
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException e) {
      LOG.warn("vtsql could not write cache entry {}: {}", file.getFileName(), e.toString());
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          LOG.debug("vtsql could not delete {}", tmp, e);
        }
      }
    }
  }
}
