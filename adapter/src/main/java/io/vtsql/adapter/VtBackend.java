package io.vtsql.adapter;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.exec.Grants;
import io.vtsql.adapter.exec.StatementLog;
import io.vtsql.client.VtClient;
import java.util.function.Supplier;

/**
 * What every scan of one schema shares: the client and the connection's pushdown and request budget
 * settings. Its {@code toString} never shows the API key.
 *
 * @param client VirusTotal client (shared per key and base URL)
 * @param pushdown whether rules push filters, projections, orders and limits to VirusTotal
 * @param maxRequests most requests one statement may send
 * @param fanOut most point-lookup GETs, or relationship calls, of one scan in flight at once
 * @param grantSource the privileges the key is known to have: the settings', or those learned from
 *     the key's user on first need ({@code tier=auto})
 * @param vtUser the username of the key's own user (connection property {@code vtUser}), or null
 * @param statements the connection's recent statement executions, for {@code vt_meta.statements}
 */
public record VtBackend(
    VtClient client,
    boolean pushdown,
    int maxRequests,
    int fanOut,
    Supplier<Grants> grantSource,
    String vtUser,
    StatementLog statements) {
  /** Default of {@code fanOut} (the relationship scans read the same property). */
  public static final int DEFAULT_FAN_OUT = 4;

  /** Largest accepted {@code fanOut}. */
  public static final int MAX_FAN_OUT = 32;

  public VtBackend {
    requireNonNull(client, "client");
    requireNonNull(grantSource, "grantSource");
    requireNonNull(statements, "statements");
    if (maxRequests < 1) {
      throw new IllegalArgumentException("maxRequests must be at least 1: " + maxRequests);
    }
    if (fanOut < 1 || fanOut > MAX_FAN_OUT) {
      throw new IllegalArgumentException(
          "vt schema: fanOut must be between 1 and " + MAX_FAN_OUT + ": " + fanOut);
    }
  }

  /** The privileges the key has (a {@code tier=auto} connection learns them on first call). */
  public Grants grants() {
    return grantSource.get();
  }
}
