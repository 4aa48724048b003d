package io.vtsql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vtsql.client.ProgressCounters;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The shell's progress line: drawn only while requests happen, erased before output. */
class ProgressLineTest {
  private final AtomicReference<ProgressCounters.Snapshot> counters =
      new AtomicReference<>(new ProgressCounters.Snapshot(100, 7, 2, 9000, 500));
  private final AtomicLong nanos = new AtomicLong();
  private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
  private final ProgressLine line =
      new ProgressLine(
          () -> Optional.of(counters.get()),
          new PrintStream(screen, true, StandardCharsets.UTF_8),
          nanos::get);

  @Test
  void showsWhatTheStatementDidSinceTheLastOutputThenErasesIt() {
    line.redraw();
    assertEquals("", drawn(), "nothing happened yet");
    counters.set(new ProgressCounters.Snapshot(141, 10, 3, 13000, 1700));
    line.redraw();
    nanos.addAndGet(Duration.ofMillis(2500).toNanos());
    line.redraw();
    assertEquals(
        "\r\033[Kvtsql: 41 requests sent, 1,200 rows so far, 3 from cache, 1 quota wait (4.0 s),"
            + " 0.0 s"
            + "\r\033[Kvtsql: 41 requests sent, 1,200 rows so far, 3 from cache, 1 quota wait"
            + " (4.0 s), 2.5 s",
        drawn());
    screen.reset();
    line.clear();
    assertEquals("\r\033[K", drawn(), "erased before the shell prints");
    screen.reset();
    line.redraw();
    line.clear();
    assertEquals("", drawn(), "counting starts afresh after output");
  }

  @Test
  void oneRowIsSingular() {
    assertEquals(
        "vtsql: 1 request sent, 1 row so far, 0.3 s",
        ProgressLine.text(new ProgressCounters.Snapshot(1, 0, 0, 0, 1), Duration.ofMillis(300)));
  }

  @Test
  void textOfAStatementWithoutCacheHitsOrWaits() {
    assertEquals(
        "vtsql: 1 request sent, 0.3 s",
        ProgressLine.text(new ProgressCounters.Snapshot(1, 0, 0, 0, 0), Duration.ofMillis(300)));
  }

  private String drawn() {
    return screen.toString(StandardCharsets.UTF_8);
  }
}
