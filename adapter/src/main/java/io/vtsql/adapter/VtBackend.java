package io.vtsql.adapter;

import static java.util.Objects.requireNonNull;

import io.vtsql.client.VtClient;

/**
 * What every scan of one schema shares: the client and the connection's pushdown and request
 * budget settings. Its {@code toString} never shows the API key.
 *
 * @param client VirusTotal client (shared per key and base URL)
 * @param pushdown whether rules push filters, projections, orders and limits to VirusTotal
 * @param maxRequests most requests one statement may send
 */
public record VtBackend(VtClient client, boolean pushdown, int maxRequests) {
  public VtBackend {
    requireNonNull(client, "client");
    if (maxRequests < 1) {
      throw new IllegalArgumentException("maxRequests must be at least 1: " + maxRequests);
    }
  }
}
