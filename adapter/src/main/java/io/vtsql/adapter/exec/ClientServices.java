package io.vtsql.adapter.exec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vtsql.adapter.pushdown.ClientOperands;
import io.vtsql.client.RateLimitWait;
import io.vtsql.client.VtClient;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the adapter keeps per shared {@link VtClient}: its {@link ObjectCache} (when the cache is
 * on) and the log line for long rate-limiter waits. Clients are shared per key and settings, so
 * these are too; entries go away with their client.
 */
public final class ClientServices {
  private static final Logger LOG = LoggerFactory.getLogger(ClientServices.class);
  private static final Cache<VtClient, ClientServices> BY_CLIENT =
      Caffeine.newBuilder().weakKeys().build();

  private final ObjectCache objects;
  private final String cacheTtl;

  private ClientServices(ObjectCache objects, String cacheTtl) {
    this.objects = objects;
    this.cacheTtl = cacheTtl;
  }

  /** Sets up the services of a client once; later calls with the same client do nothing. */
  public static void attach(VtClient client, ClientOperands operands) {
    BY_CLIENT.get(
        client,
        c -> {
          // Avatica statements cannot carry SQLWarnings, so a long wait is reported in the log
          c.addRateLimitListener(ClientServices::logWait);
          return operands.cache()
              ? new ClientServices(
                  new ObjectCache(
                      operands.cacheTtl(), operands.cacheMaxEntries(), operands.cacheMaxBytes()),
                  operands.cacheTtl().toString())
              : new ClientServices(null, null);
        });
  }

  /** The object cache of a client; empty when its cache is off or it was not attached. */
  public static Optional<ObjectCache> objects(VtClient client) {
    final ClientServices s = BY_CLIENT.getIfPresent(client);
    return s == null ? Optional.empty() : Optional.ofNullable(s.objects);
  }

  /** The cache TTL (ISO-8601) of a client; empty when its cache is off. */
  public static Optional<String> cacheTtl(VtClient client) {
    final ClientServices s = BY_CLIENT.getIfPresent(client);
    return s == null ? Optional.empty() : Optional.ofNullable(s.cacheTtl);
  }

  private static void logWait(RateLimitWait wait) {
    LOG.warn(
        "vtsql: waiting about {} ms for the client-side rate limit ({} per {}, {} per day)"
            + " before GET {}",
        wait.expected().toMillis(),
        wait.limits().perWindow(),
        wait.limits().window(),
        wait.limits().perDay(),
        wait.path());
  }
}
