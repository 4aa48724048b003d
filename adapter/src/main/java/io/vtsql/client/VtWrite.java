package io.vtsql.client;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;

/**
 * One write to the API: its method ({@code POST}, {@code PATCH} or {@code DELETE}), the path
 * relative to the base URL (or, for an upload, the absolute upload URL VirusTotal handed out, which
 * must be on the base URL's host), its payload, and the path prefixes whose cached responses it
 * makes stale (the written path itself is always one).
 */
public record VtWrite(String method, String path, VtPayload payload, List<String> invalidates) {
  private static final Set<String> METHODS = Set.of("POST", "PATCH", "DELETE");

  public VtWrite {
    requireNonNull(method, "method");
    requireNonNull(path, "path");
    requireNonNull(payload, "payload");
    invalidates = List.copyOf(invalidates);
    if (!METHODS.contains(method)) {
      throw new IllegalArgumentException("a write is POST, PATCH or DELETE: " + method);
    }
  }

  /** Whether the path is an absolute upload URL rather than an API path. */
  public boolean absolute() {
    return path.startsWith("http://") || path.startsWith("https://");
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
