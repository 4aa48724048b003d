package io.vtsql.client;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A thread-safe set of listeners of one kind; a listener that throws is logged and does not break
 * the request.
 */
final class Listeners<L> {
  private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

  private final List<L> listeners = new CopyOnWriteArrayList<>();

  Subscription add(L listener) {
    requireNonNull(listener, "listener");
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  void fire(Consumer<L> call) {
    for (L l : listeners) {
      try {
        call.accept(l);
      } catch (RuntimeException e) {
        LOG.warn("vtsql listener {} failed", l.getClass().getName(), e);
      }
    }
  }
}
