package io.vtsql.driver;

import static java.util.Objects.requireNonNull;

import io.vtsql.client.ProgressCounters;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The shell's live progress line: while a statement sends requests, one line on the terminal,
 * redrawn at most every {@link #PERIOD}, says how many requests it sent, how many rows its scans
 * read so far, how many requests a cache answered, how often the rate limiter made it wait, and for
 * how long it has run; the line is erased as soon as the shell prints anything (the result, an
 * error).
 */
final class ProgressLine implements AutoCloseable {
  static final Duration PERIOD = Duration.ofMillis(250);
  private static final String ERASE_LINE = "\r\033[K";

  private final Supplier<Optional<ProgressCounters.Snapshot>> counters;
  private final PrintStream terminal;
  private final LongSupplier nanoTime;
  private ScheduledExecutorService timer;
  private ProgressCounters.Snapshot baseline;
  private long firstSeenNanos;
  private boolean shown;

  ProgressLine(
      Supplier<Optional<ProgressCounters.Snapshot>> counters,
      PrintStream terminal,
      LongSupplier nanoTime) {
    this.counters = requireNonNull(counters, "counters");
    this.terminal = requireNonNull(terminal, "terminal");
    this.nanoTime = requireNonNull(nanoTime, "nanoTime");
  }

  /** Starts redrawing every {@link #PERIOD} on a daemon thread. */
  void start() {
    timer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "vtsql-progress");
              thread.setDaemon(true);
              return thread;
            });
    timer.scheduleAtFixedRate(
        this::redraw, PERIOD.toMillis(), PERIOD.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Shows what happened since the shell last printed, if anything did. */
  synchronized void redraw() {
    Optional<ProgressCounters.Snapshot> now = counters.get();
    if (now.isEmpty()) {
      return;
    }
    if (baseline == null) {
      baseline = now.get();
      return;
    }
    ProgressCounters.Snapshot done = now.get().since(baseline);
    if (done.isEmpty()) {
      return;
    }
    if (!shown) {
      firstSeenNanos = nanoTime.getAsLong();
    }
    terminal.print(
        ERASE_LINE + text(done, Duration.ofNanos(nanoTime.getAsLong() - firstSeenNanos)));
    terminal.flush();
    shown = true;
  }

  /** Erases the line (the shell is about to print) and starts counting afresh. */
  synchronized void clear() {
    if (shown) {
      terminal.print(ERASE_LINE);
      terminal.flush();
      shown = false;
    }
    baseline = counters.get().orElse(null);
  }

  @Override
  public void close() {
    if (timer != null) {
      timer.shutdownNow();
    }
    clear();
  }

  /**
   * E.g. {@code vtsql: 41 requests sent, 1,200 rows so far, 3 from cache, 1 quota wait (4.0 s), 2.5
   * s}.
   */
  static String text(ProgressCounters.Snapshot done, Duration elapsed) {
    StringBuilder line =
        new StringBuilder("vtsql: ")
            .append(done.sent())
            .append(done.sent() == 1 ? " request" : " requests")
            .append(" sent");
    if (done.rows() > 0) {
      line.append(", ")
          .append(String.format(Locale.ROOT, "%,d", done.rows()))
          .append(done.rows() == 1 ? " row so far" : " rows so far");
    }
    if (done.cached() > 0) {
      line.append(", ").append(done.cached()).append(" from cache");
    }
    if (done.quotaWaits() > 0) {
      line.append(", ")
          .append(done.quotaWaits())
          .append(done.quotaWaits() == 1 ? " quota wait (" : " quota waits (")
          .append(seconds(done.quotaWaitMillis()))
          .append(")");
    }
    return line.append(", ").append(seconds(elapsed.toMillis())).toString();
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
