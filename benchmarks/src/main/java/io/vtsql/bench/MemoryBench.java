package io.vtsql.bench;

import static java.util.Objects.requireNonNull;

import io.vtsql.simulator.VtSimulator;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Streams a large result through {@code jdbc:vt:} in a forked JVM limited to {@code -Xmx256m} (the
 * simulator stays in this process) and reports the child's peak heap. A 1,000,000-row result is
 * built as a UNION ALL of searches of at most 100,000 rows each, because the simulator's search
 * index over a 1,000,000-file corpus needs more than 10 GB of heap and minutes to build; each
 * branch pages lazily, so the result streams all the same.
 */
final class MemoryBench {
  static final String HEAP = "-Xmx256m";
  private static final Pattern LINE =
      Pattern.compile("rows=(\\d+) seconds=([0-9.E]+) maxHeapBytes=(\\d+)");

  private final VtSimulator sim;

  MemoryBench(VtSimulator sim) {
    this.sim = requireNonNull(sim, "sim");
  }

  private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

  /**
   * What the child reported.
   *
   * @param gcPeakMegabytes largest heap occupancy the GC log shows before a collection (mostly
   *     young garbage: G1 lets the young generation grow into the free heap)
   * @param liveMegabytes largest heap occupancy the GC log shows after a collection: an upper bound
   *     of what the scan really retains
   */
  record Result(
      String sql,
      long rows,
      double seconds,
      long maxHeapBytes,
      long gcPeakMegabytes,
      long liveMegabytes,
      long collections) {}

  /** The statement returning {@code rows} rows from a corpus of {@code files} files. */
  static String sql(int rows, int files) {
    final int branch = Math.min(rows, Math.min(files, 100_000));
    final List<String> parts = new ArrayList<>();
    for (int remaining = rows, i = 0; remaining > 0; remaining -= branch, i++) {
      parts.add(
          "SELECT id, size, malicious FROM files WHERE size > "
              + i
              + " LIMIT "
              + Math.min(branch, remaining));
    }
    return parts.size() == 1
        ? parts.get(0)
        : parts.stream().map(s -> "(" + s + ")").collect(Collectors.joining(" UNION ALL "));
  }

  Result run(int rows) throws IOException, InterruptedException {
    final String sql = sql(rows, sim.corpus().ids("file").size());
    final Path gcLog = File.createTempFile("vtsql-bench-gc", ".log").toPath();
    final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    final ProcessBuilder pb =
        new ProcessBuilder(
            java,
            HEAP,
            "-Xlog:gc:file=" + gcLog,
            "-cp",
            System.getProperty("java.class.path"),
            MemoryScanMain.class.getName(),
            sim.baseUrl(),
            Integer.toString(rows / CorpusFacts.SEARCH_PAGE + 50),
            sql);
    final Map<String, String> env = pb.environment();
    env.put("VT_API_KEY", sim.premiumKey());
    pb.redirectErrorStream(true);
    final Process child = pb.start();
    final StringBuilder output = new StringBuilder();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      r.lines().forEach(l -> output.append(l).append('\n'));
    }
    if (!child.waitFor(30, TimeUnit.MINUTES) || child.exitValue() != 0) {
      throw new IllegalStateException("the " + HEAP + " scan failed:\n" + output);
    }
    final Matcher m = LINE.matcher(output);
    if (!m.find()) {
      throw new IllegalStateException("no result line from the child:\n" + output);
    }
    return new Result(
        sql.length() > 160 ? sql.substring(0, 160) + "…" : sql,
        Long.parseLong(m.group(1)),
        Double.parseDouble(m.group(2)),
        Long.parseLong(m.group(3)),
        gcPeak(gcLog, 1),
        gcPeak(gcLog, 2),
        collections(gcLog));
  }

  /** The largest value of a group of the GC log's {@code before->after(size)} figures. */
  private static long gcPeak(Path log, int group) throws IOException {
    long peak = 0;
    final Matcher m = GC.matcher(Files.readString(log));
    while (m.find()) {
      peak = Math.max(peak, Long.parseLong(m.group(group)));
    }
    return peak;
  }

  private static long collections(Path log) throws IOException {
    return GC.matcher(Files.readString(log)).results().count();
  }
}
