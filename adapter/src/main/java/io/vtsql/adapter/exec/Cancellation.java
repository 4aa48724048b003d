package io.vtsql.adapter.exec;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/** A statement's cancel flag as the client's {@link io.vtsql.client.CancelSignal} reads it. */
public final class Cancellation {
  private Cancellation() {}

  /** Raised when the flag is set; never raised without a flag. */
  static BooleanSupplier of(AtomicBoolean cancelFlag) {
    return cancelFlag == null ? () -> false : cancelFlag::get;
  }
}
