package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.LongSupplier;

/**
 * Test helper for the simulator's request counters, which record a request only after its response
 * has been sent: a count is read once it stops lagging behind the client.
 */
final class SimRequests {
  private static final long WAIT_MS = 2000;
  private static final long SETTLE_MS = 50;

  private SimRequests() {}

  /** Asserts that a counter reaches exactly {@code expected} (and not more shortly after). */
  static void assertCount(long expected, LongSupplier counter) throws InterruptedException {
    final long deadline = System.currentTimeMillis() + WAIT_MS;
    while (counter.getAsLong() < expected && System.currentTimeMillis() < deadline) {
      Thread.sleep(5);
    }
    Thread.sleep(SETTLE_MS);
    assertEquals(expected, counter.getAsLong());
  }
}
