package io.vtsql.client;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * A rate budget shared by every process on the machine that names the same state file ({@code
 * rateShare}): the file records the recent requests of each budget (key identity and server) and
 * each day's count; a process takes the file's lock ({@link FileChannel#lock()}) to read, decide
 * and record a request start, and again to stamp its completion.
 *
 * <p>Like {@link RollingWindowRateLimiter}, a request holds its place until one window after it
 * completed, so the server never sees more than the limit within a window; a request still in
 * flight after {@link #IN_FLIGHT_MAX} (its process died) holds it until one window after it
 * started. Lines are {@code <budget> <id> <start> <end>} (epoch milliseconds, end 0 while in
 * flight) and {@code <budget> day <date> <count>}.
 */
final class RateShareFile {
  /** After this long in flight an entry is taken for one whose process died. */
  static final Duration IN_FLIGHT_MAX = Duration.ofMinutes(10);

  /**
   * File locks belong to the whole JVM: threads and clients of one process queue on this monitor
   * first.
   */
  private static final Map<Path, Object> PROCESS_LOCKS = new ConcurrentHashMap<>();

  private final Path file;
  private final String budget;
  private final RateLimits limits;
  private final Clock clock;
  private final Object processLock;

  /**
   * @param budget the budget's name in the file (hashed key identity and server, never the key)
   */
  RateShareFile(Path file, String budget, RateLimits limits, Clock clock) {
    this.file = requireNonNull(file, "file").toAbsolutePath().normalize();
    this.budget = KeyIdentity.sha256(requireNonNull(budget, "budget")).substring(0, 16);
    this.limits = requireNonNull(limits, "limits");
    this.clock = requireNonNull(clock, "clock");
    this.processLock = PROCESS_LOCKS.computeIfAbsent(this.file, f -> new Object());
  }

  /**
   * Waits until this machine's budget lets a request start and records it; close the permit when
   * the request has completed.
   *
   * @throws VtQuotaExceededException (daily) when the day's shared budget is used up
   * @throws VtTransportException (Interrupted) when cancelled or interrupted while waiting
   */
  RollingWindowRateLimiter.Permit acquire(String path, BooleanSupplier cancelled) {
    if (limits.unlimited()) {
      return () -> {};
    }
    String id = UUID.randomUUID().toString();
    while (true) {
      long waitMillis = update(state -> state.tryStart(id, path));
      if (waitMillis == 0) {
        return () -> update(state -> state.complete(id));
      }
      long end = System.nanoTime() + waitMillis * 1_000_000;
      for (long left = waitMillis; left > 0; left = (end - System.nanoTime()) / 1_000_000) {
        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
          throw new VtTransportException(
              "Interrupted", path, "cancelled while waiting for the shared rate budget", null);
        }
        sleep(Math.min(left, CancelSignal.POLL_MILLIS), path);
      }
    }
  }

  /** Runs one read-decide-write step under both locks; returns its result. */
  private long update(Step step) {
    synchronized (processLock) {
      try (FileChannel channel = open();
          FileLock lock = channel.lock()) {
        ByteBuffer buffer = ByteBuffer.allocate((int) channel.size());
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
          // read the whole file
        }
        State state = new State(new String(buffer.array(), StandardCharsets.UTF_8), clock.millis());
        long result = step.apply(state);
        byte[] out = state.text().getBytes(StandardCharsets.UTF_8);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(out), 0);
        return result;
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot use the rate budget file " + file + ": " + e.getMessage(), e);
      }
    }
  }

  private FileChannel open() throws IOException {
    if (!Files.exists(file)) {
      try {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (FileAlreadyExistsException | UnsupportedOperationException e) {
        // another process created it first, or the file system has no POSIX permissions (opened
        // below)
      }
    }
    return FileChannel.open(
        file, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.CREATE);
  }

  private static void sleep(long millis, String path) {
    try {
      Thread.sleep(Math.max(1, millis));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new VtTransportException(
          "Interrupted", path, "interrupted while waiting for the shared rate budget", e);
    }
  }

  /** One step on the file's state. */
  @FunctionalInterface
  private interface Step {
    long apply(State state);
  }

  /** The file's lines, this budget's entries parsed; other budgets' lines are kept as they are. */
  private final class State {
    private final long now;
    private final List<String> others = new ArrayList<>();
    private final List<long[]> entries = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private LocalDate day;
    private long usedToday;

    State(String text, long now) {
      this.now = now;
      for (String line : text.split("\n")) {
        String[] f = line.strip().split(" ");
        if (f.length != 4) {
          continue;
        }
        if (!f[0].equals(budget)) {
          // another budget's line: kept unless it is an entry older than a day
          if (f[1].equals("day") || now - parse(f[2]) < Duration.ofDays(1).toMillis()) {
            others.add(line.strip());
          }
        } else if (f[1].equals("day")) {
          day = LocalDate.parse(f[2]);
          usedToday = parse(f[3]);
        } else if (holdsUntil(parse(f[2]), parse(f[3])) > now) {
          ids.add(f[1]);
          entries.add(new long[] {parse(f[2]), parse(f[3])});
        }
      }
    }

    /**
     * Records a start and returns 0, or returns how many milliseconds to wait before trying again.
     */
    long tryStart(String id, String path) {
      LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
      if (!today.equals(day)) {
        day = today;
        usedToday = 0;
      }
      if (limits.perDay() > 0 && usedToday >= limits.perDay()) {
        throw new VtQuotaExceededException(
            "DailyQuotaExceeded",
            0,
            path,
            "the processes sharing "
                + file
                + " have used the daily budget of "
                + limits.perDay()
                + " requests for this API key; VirusTotal"
                + " daily quotas reset at 00:00 UTC",
            null,
            true);
      }
      if (limits.perWindow() > 0 && entries.size() >= limits.perWindow()) {
        long free = Long.MAX_VALUE;
        for (long[] e : entries) {
          free = Math.min(free, holdsUntil(e[0], e[1]));
        }
        // entries in flight hold their place until they complete: look again soon
        return Math.max(1, Math.min(free - now, 1000));
      }
      usedToday++;
      if (limits.perWindow() > 0) {
        ids.add(id);
        entries.add(new long[] {now, 0});
      }
      return 0;
    }

    /** Stamps the completion of a request. */
    long complete(String id) {
      int i = ids.indexOf(id);
      if (i >= 0) {
        entries.get(i)[1] = Math.max(now, entries.get(i)[0]);
      }
      return 0;
    }

    private long holdsUntil(long start, long end) {
      long window = limits.window().toMillis();
      if (end > 0) {
        return end + window;
      }
      return now - start < IN_FLIGHT_MAX.toMillis() ? Long.MAX_VALUE : start + window;
    }

    String text() {
      StringBuilder b = new StringBuilder();
      others.forEach(line -> b.append(line).append('\n'));
      if (day != null) {
        b.append(budget).append(" day ").append(day).append(' ').append(usedToday).append('\n');
      }
      for (int i = 0; i < entries.size(); i++) {
        b.append(budget)
            .append(' ')
            .append(ids.get(i))
            .append(' ')
            .append(entries.get(i)[0])
            .append(' ')
            .append(entries.get(i)[1])
            .append('\n');
      }
      return b.toString();
    }

    private long parse(String number) {
      try {
        return Long.parseLong(number);
      } catch (NumberFormatException e) {
        return 0;
      }
    }
  }
}
