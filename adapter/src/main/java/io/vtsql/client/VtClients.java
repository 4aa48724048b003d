package io.vtsql.client;

import java.util.HashMap;
import java.util.Map;

/**
 * Process-wide registry of shared clients: one {@link VtClient} per (API key identity, base URL,
 * settings, scope), so connections with the same configuration share its HTTP connections, cache
 * and request log. Caches are never shared between keys, because the key identity is part of the
 * settings, nor between scopes (the users of one server). A shared client is released when the last
 * user closes it.
 */
public final class VtClients {
  private static final Map<SharedKey, Shared> SHARED = new HashMap<>();

  private VtClients() {}

  /**
   * Returns the shared client for the builder's settings, creating it if needed. Each call must be
   * matched by one {@link VtClient#close()}. Register listeners on the returned client (and close
   * their subscriptions), not on the builder.
   */
  public static VtClient acquire(VtClient.Builder builder) {
    if (builder.hasListeners()) {
      throw new IllegalArgumentException(
          "listeners on a shared client are added with addRequestListener / "
              + "addRateLimitListener, so that each connection can remove its own");
    }
    ClientSettings settings = builder.settings();
    SharedKey key = new SharedKey(settings, builder.scope());
    synchronized (SHARED) {
      Shared shared = SHARED.get(key);
      if (shared == null) {
        shared = new Shared();
        shared.client = new VtClient(settings, builder.apiKey(), () -> release(key));
        SHARED.put(key, shared);
      }
      shared.users++;
      return shared.client;
    }
  }

  /** Number of distinct shared clients alive (for tests and diagnostics). */
  public static int size() {
    synchronized (SHARED) {
      return SHARED.size();
    }
  }

  private static void release(SharedKey key) {
    VtClient toShutDown = null;
    synchronized (SHARED) {
      Shared shared = SHARED.get(key);
      if (shared != null && --shared.users == 0) {
        SHARED.remove(key);
        toShutDown = shared.client;
      }
    }
    if (toShutDown != null) {
      toShutDown.shutdown();
    }
  }

  /** What identifies a shared client: its settings and its scope. */
  private record SharedKey(ClientSettings settings, String scope) {}

  /** A shared client and how many users hold it. */
  private static final class Shared {
    private VtClient client;
    private int users;
  }
}
