package io.vtsql.client;

/**
 * Receives a {@link RequestRecord} after every request the client serves (cached or not, failed or
 * not).
 */
@FunctionalInterface
public interface RequestListener {
  /** Called on the requesting thread; must be quick and must not throw. */
  void onRequest(RequestRecord record);
}
