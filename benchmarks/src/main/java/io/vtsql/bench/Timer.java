package io.vtsql.bench;

import java.util.concurrent.Callable;

/** Wall-clock timing of one action. */
final class Timer {
  private Timer() {}

  /** What an action returned and how long it took. */
  record Timed<T>(T value, long nanos) {
    double seconds() {
      return nanos / 1e9;
    }

    double millis() {
      return nanos / 1e6;
    }
  }

  static <T> Timed<T> time(Callable<T> action) throws Exception {
    final long start = System.nanoTime();
    final T value = action.call();
    return new Timed<>(value, System.nanoTime() - start);
  }
}
