package io.vtsql.client;

import static java.util.Objects.requireNonNull;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Lets a caller's cancel flag (a JDBC statement's) stop the client's waits in the calls it makes on
 * this thread: a rate-limiter wait or a retry backoff ends within {@link #POLL_MILLIS} of the flag
 * being raised, with a {@link VtTransportException} of code {@code Interrupted}.
 */
public final class CancelSignal {
  /** How often a wait looks at the flag. */
  static final long POLL_MILLIS = 50;

  private static final ThreadLocal<BooleanSupplier> CURRENT = new ThreadLocal<>();
  private static final BooleanSupplier NEVER = () -> false;

  private CancelSignal() {}

  /**
   * Runs {@code call} (client calls on this thread) so that its waits end when {@code cancelled}
   * says so.
   */
  public static <T> T watching(BooleanSupplier cancelled, Supplier<T> call) {
    requireNonNull(cancelled, "cancelled");
    BooleanSupplier outer = CURRENT.get();
    CURRENT.set(cancelled);
    try {
      return call.get();
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  /**
   * The signal of the calls now running on this thread (never raised outside {@link #watching}).
   */
  static BooleanSupplier current() {
    BooleanSupplier signal = CURRENT.get();
    return signal == null ? NEVER : signal;
  }
}
