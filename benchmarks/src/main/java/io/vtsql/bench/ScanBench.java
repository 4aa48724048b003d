package io.vtsql.bench;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vtsql.simulator.VtSimulator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows per second of a large search scan through {@code jdbc:vt:} versus Jackson alone parsing the
 * same response pages (already in memory), plus a plain paging script (HTTP and Jackson) that shows
 * what the transport and the simulator cost.
 */
final class ScanBench {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Consumed values end here so the JIT cannot drop the reads being measured. */
  private static volatile long sink;

  private final VtSimulator sim;
  private final int rows;

  ScanBench(VtSimulator sim, int rows) {
    this.sim = requireNonNull(sim, "sim");
    this.rows = rows;
  }

  /**
   * A scan's row count, wall time, and the CPU time of the thread that read the rows. HTTP calls
   * run on the calling thread, so that CPU time is the client's whole share (transport, parsing,
   * conversion) without the simulator's, which shares the machine's cores.
   */
  record Scan(String what, long rows, double seconds, double cpuSeconds, long requests) {
    double rowsPerSecond() {
      return rows / seconds;
    }

    double rowsPerCpuSecond() {
      return rows / cpuSeconds;
    }
  }

  private static double cpuSeconds() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
  }

  String sql() {
    return "SELECT id, size, malicious FROM files WHERE size > 0 LIMIT " + rows;
  }

  Scan jdbc() throws Exception {
    final RequestCounter counter = new RequestCounter(sim);
    try (Connection c =
        Jdbc.open(
            sim,
            Jdbc.props(
                "cache",
                "false",
                "maxRequests",
                Integer.toString(rows / CorpusFacts.SEARCH_PAGE + 10)))) {
      counter.reset();
      final double cpu = cpuSeconds();
      final Timer.Timed<Long> t = Timer.time(() -> Jdbc.drain(c, sql()));
      return new Scan(
          "JDBC `" + sql() + "`",
          t.value(),
          t.seconds(),
          cpuSeconds() - cpu,
          counter.settle().size());
    }
  }

  /** The script: every page over HTTP, parsed by Jackson, the three fields read. */
  Scan script() throws Exception {
    final RequestCounter counter = new RequestCounter(sim);
    counter.reset();
    try (RawHttp http = new RawHttp(sim.baseUrl(), sim.premiumKey())) {
      final long start = System.nanoTime();
      final double cpu = cpuSeconds();
      long read = 0;
      String cursor = null;
      do {
        final JsonNode page = JSON.readTree(http.get(pagePath(cursor)));
        read += consume(page);
        cursor = page.path("meta").path("cursor").asText(null);
      } while (cursor != null && read < rows);
      return new Scan(
          "plain script: OkHttp + Jackson, same pages",
          read,
          (System.nanoTime() - start) / 1e9,
          cpuSeconds() - cpu,
          counter.settle().size());
    }
  }

  /**
   * Jackson alone: {@code samplePages} pages fetched first, then parsed (and the three fields read)
   * over and over until as many rows as the scan have been parsed.
   */
  Scan jacksonOnly(int samplePages) throws Exception {
    final List<byte[]> pages = new ArrayList<>();
    try (RawHttp http = new RawHttp(sim.baseUrl(), sim.premiumKey())) {
      String cursor = null;
      do {
        final byte[] body = http.get(pagePath(cursor));
        pages.add(body);
        cursor = JSON.readTree(body).path("meta").path("cursor").asText(null);
      } while (cursor != null && pages.size() < samplePages);
    }
    for (int i = 0; i < 3; i++) {
      parseAll(pages, rows / 4);
    }
    final long start = System.nanoTime();
    final double cpu = cpuSeconds();
    final long parsed = parseAll(pages, rows);
    return new Scan(
        "Jackson alone: readTree of the same pages, in memory",
        parsed,
        (System.nanoTime() - start) / 1e9,
        cpuSeconds() - cpu,
        0);
  }

  private static long parseAll(List<byte[]> pages, long wanted) throws IOException {
    long parsed = 0;
    while (parsed < wanted) {
      for (byte[] page : pages) {
        parsed += consume(JSON.readTree(page));
        if (parsed >= wanted) {
          break;
        }
      }
    }
    return parsed;
  }

  private static long consume(JsonNode page) {
    long n = 0;
    long checksum = 0;
    for (JsonNode o : page.path("data")) {
      final JsonNode a = o.path("attributes");
      checksum +=
          o.path("id").asText().length()
              + a.path("size").asLong()
              + a.path("last_analysis_stats").path("malicious").asInt();
      n++;
    }
    sink += checksum;
    return n;
  }

  private static String pagePath(String cursor) {
    return "/intelligence/search?query=entity%3Afile%20size%3A1%2B&limit=300"
        + (cursor == null ? "" : "&cursor=" + cursor);
  }
}
