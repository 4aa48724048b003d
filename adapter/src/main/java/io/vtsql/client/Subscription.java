package io.vtsql.client;

/** A registered listener; closing it unregisters the listener. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {
  @Override
  void close();
}
