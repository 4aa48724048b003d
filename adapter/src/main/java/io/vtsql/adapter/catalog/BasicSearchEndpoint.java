package io.vtsql.adapter.catalog;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * VirusTotal's basic search, {@code GET /search?query=...} (protocol.md §5 Search): public keys may
 * use it, the query alone decides what comes back, and it takes no {@code limit}, {@code filter=}
 * or {@code order=}; pages follow {@code meta.cursor}. WHERE and ORDER BY around it stay local.
 *
 * @param query the search text, sent as it is
 */
public record BasicSearchEndpoint(String query) implements ScanEndpoint {
  /** The request path. */
  public static final String PATH = "/search";

  public BasicSearchEndpoint {
    requireNonNull(query, "query");
  }

  @Override
  public String path() {
    return PATH;
  }

  /** VirusTotal chooses the page size: the endpoint takes no {@code limit}. */
  @Override
  public int pageMax() {
    return Integer.MAX_VALUE;
  }

  @Override
  public Map<String, ModifierSpec> modifiers() {
    return Map.of();
  }

  @Override
  public Map<String, String> orders() {
    return Map.of();
  }

  @Override
  public Privilege privilege() {
    return Privilege.PUBLIC;
  }

  @Override
  public boolean booleanOperators() {
    return false;
  }

  @Override
  public boolean descriptorsOnly() {
    return false;
  }
}
