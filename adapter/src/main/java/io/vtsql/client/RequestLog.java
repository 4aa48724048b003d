package io.vtsql.client;

import java.util.ArrayDeque;
import java.util.List;

/**
 * The last N {@link RequestRecord}s of a client (a bounded ring) plus the listeners told of each
 * new one.
 */
final class RequestLog {
  private final int capacity;
  private final ArrayDeque<RequestRecord> ring;
  private final Listeners<RequestListener> listeners = new Listeners<>();

  RequestLog(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity < 0");
    }
    this.capacity = capacity;
    this.ring = new ArrayDeque<>(Math.min(capacity, 1024));
  }

  void add(RequestRecord record) {
    synchronized (ring) {
      if (capacity > 0) {
        if (ring.size() == capacity) {
          ring.removeFirst();
        }
        ring.addLast(record);
      }
    }
    listeners.fire(l -> l.onRequest(record));
  }

  /** Oldest first. */
  List<RequestRecord> snapshot() {
    synchronized (ring) {
      return List.copyOf(ring);
    }
  }

  Subscription addListener(RequestListener listener) {
    return listeners.add(listener);
  }
}
