package io.vtsql.bench;

import static io.vtsql.bench.MarkdownTable.num;
import static java.util.Objects.requireNonNull;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.io.PrintStream;
import java.sql.SQLException;
import java.util.List;

/**
 * The measurements after the quota suite, each printed as a markdown table with its baseline and
 * ratio: the simulator's scale and speed, point-lookup latency, scan throughput, fan-out, memory
 * and planning. All but the quota suite share one simulator of {@code --scale} files.
 */
final class FullRun {
  private final BenchOptions options;
  private final PrintStream out;

  FullRun(BenchOptions options, PrintStream out) {
    this.options = requireNonNull(options, "options");
    this.out = requireNonNull(out, "out");
  }

  void run() throws Exception {
    final Timer.Timed<VtSimulator> started =
        Timer.time(
            () ->
                VtSimulator.start(
                    SimulatorConfig.builder().scale(options.scale()).threads(8).build()));
    try (VtSimulator sim = started.value()) {
      if (options.runs("0")) {
        simulator(sim, started.seconds());
      }
      if (options.runs("2")) {
        latency(sim);
      }
      if (options.runs("3")) {
        scan(sim);
      }
      if (options.runs("4")) {
        fanOut(sim);
      }
      if (options.runs("5")) {
        memory(sim);
      }
      if (options.runs("6")) {
        planning(sim);
      }
    }
    out.println("Load after the run: " + Machine.load());
  }

  private void section(String title) {
    out.println("## " + title + " (load " + Machine.load() + ")");
    out.println();
  }

  private void simulator(VtSimulator sim, double startSeconds) throws Exception {
    section("0. Simulator scale and speed (" + options.scale() + " files)");
    final Timer.Timed<byte[]> index;
    try (RawHttp http = new RawHttp(sim.baseUrl(), sim.premiumKey())) {
      index = Timer.time(() -> http.get("/intelligence/search?query=entity%3Afile&limit=1"));
    }
    final MarkdownTable t = new MarkdownTable("what", "figure");
    t.row(
        "corpus",
        sim.corpus().ids("file").size()
            + " files, "
            + sim.corpus().ids("url").size()
            + " urls, "
            + sim.corpus().ids("domain").size()
            + " domains, "
            + sim.corpus().ids("ip_address").size()
            + " IPs, with relationships");
    t.row("generation (VtSimulator.start)", num(startSeconds) + " s");
    t.row("first file search (builds the search index)", num(index.seconds()) + " s");
    final SimulatorBench bench = new SimulatorBench(sim);
    for (SimulatorBench.Throughput r :
        List.of(
            bench.objectGets(3000, 1),
            bench.objectGets(3000, 4),
            bench.searchPages(60, 1),
            bench.searchPages(60, 4))) {
      t.row(
          r.what() + ", " + r.concurrency() + " client thread(s)",
          num(r.perSecond()) + " requests/s, " + num(r.megabytesPerSecond()) + " MB/s");
    }
    out.println(t);
  }

  private void latency(VtSimulator sim) throws Exception {
    section("2. Warm point lookup latency");
    final LatencyBench bench = new LatencyBench(sim, 300, 2000);
    final LatencyBench.Latency raw = bench.raw();
    final MarkdownTable t =
        new MarkdownTable(
            "path",
            "p50 µs",
            "p99 µs",
            "requests per call",
            "p50 ratio to raw GET",
            "p99 ratio to raw GET");
    t.row(
        raw.what(),
        num(raw.percentiles().p50Micros()),
        num(raw.percentiles().p99Micros()),
        raw.requestsPerCall(),
        "1.00",
        "1.00");
    for (LatencyBench.Latency l :
        List.of(
            bench.prepared(false),
            bench.adHoc(false),
            bench.adHocVarying(),
            bench.prepared(true),
            bench.adHoc(true))) {
      t.row(
          l.what(),
          num(l.percentiles().p50Micros()),
          num(l.percentiles().p99Micros()),
          l.requestsPerCall(),
          num(l.percentiles().p50Micros() / raw.percentiles().p50Micros()),
          num(l.percentiles().p99Micros() / raw.percentiles().p99Micros()));
    }
    out.println(
        "Object: `"
            + bench.fileId()
            + "`, `SELECT * FROM files WHERE id = ...`; "
            + raw.percentiles().count()
            + " samples after 300 warm-up calls each.");
    out.println();
    out.println(t);
  }

  private void scan(VtSimulator sim) throws Exception {
    final int rows = Math.min(100_000, options.scale());
    section("3. Scan throughput (" + rows + " rows)");
    final ScanBench bench = new ScanBench(sim, rows);
    final ScanBench.Scan jackson = bench.jacksonOnly(20);
    final ScanBench.Scan script = bench.script();
    final ScanBench.Scan jdbc = bench.jdbc();
    final MarkdownTable t =
        new MarkdownTable(
            "path",
            "rows",
            "requests",
            "wall s",
            "rows/s",
            "rows/s ratio to Jackson alone",
            "client CPU s",
            "rows per client CPU s",
            "CPU ratio to Jackson alone");
    for (ScanBench.Scan s : List.of(jackson, script, jdbc)) {
      t.row(
          s.what(),
          s.rows(),
          s.requests(),
          num(s.seconds()),
          num(s.rowsPerSecond()),
          num(s.rowsPerSecond() / jackson.rowsPerSecond()),
          num(s.cpuSeconds()),
          num(s.rowsPerCpuSecond()),
          num(s.rowsPerCpuSecond() / jackson.rowsPerCpuSecond()));
    }
    out.println(
        "Client CPU: CPU time of the thread reading the rows (HTTP runs on it), so the"
            + " simulator's share of the two cores is left out.");
    out.println();
    out.println(t);
  }

  private void fanOut(VtSimulator sim) throws Exception {
    section(
        "4. Relationship fan-out ("
            + FanOutBench.PARENTS
            + " parents, "
            + FanOutBench.LATENCY_MS
            + " ms per call)");
    final MarkdownTable t =
        new MarkdownTable(
            "statement",
            "rows",
            "requests",
            "wall s",
            "ideal 200 × 50 ms / " + FanOutBench.CONCURRENCY + " s",
            "wall / ideal",
            "serial 200 × 50 ms s");
    try {
      final FanOutBench.FanOut f = new FanOutBench(sim).run();
      t.row(
          "`SELECT file_id, id FROM file_contacted_domains WHERE file_id IN (200 ids)`",
          f.rows(),
          f.requests(),
          num(f.seconds()),
          num(FanOutBench.FanOut.idealSeconds()),
          num(f.seconds() / FanOutBench.FanOut.idealSeconds()),
          num(FanOutBench.FanOut.serialSeconds()));
      out.println(t);
    } catch (SQLException e) {
      out.println("Not measured: " + e.getMessage().lines().findFirst().orElse(""));
      out.println();
    }
  }

  private void memory(VtSimulator sim) throws Exception {
    section(
        "5. Memory (up to " + options.memoryRows() + " rows in a " + MemoryBench.HEAP + " JVM)");
    final MemoryBench bench = new MemoryBench(sim);
    final int small = Math.max(1, options.memoryRows() / 10);
    final MemoryBench.Result base = bench.run(small);
    final MemoryBench.Result big = bench.run(options.memoryRows());
    final MarkdownTable t =
        new MarkdownTable(
            "rows",
            "seconds",
            "rows/s",
            "heap after GC, max",
            "heap before GC, max",
            "heap limit",
            "GCs",
            "after-GC max / the " + small + "-row run's");
    for (MemoryBench.Result r : List.of(base, big)) {
      t.row(
          r.rows(),
          num(r.seconds()),
          num(r.rows() / r.seconds()),
          r.liveMegabytes() + " MB",
          r.gcPeakMegabytes() + " MB",
          num(r.maxHeapBytes() / 1e6) + " MB",
          r.collections(),
          num((double) r.liveMegabytes() / base.liveMegabytes()));
    }
    out.println("Statement: `" + big.sql() + "`");
    out.println();
    out.println(t);
  }

  private void planning(VtSimulator sim) throws Exception {
    section("6. Planning");
    final PlanningBench bench = new PlanningBench(sim, 50);
    final MarkdownTable t =
        new MarkdownTable(
            "statement",
            "cold ms (first prepare)",
            "warm p50 ms, new text",
            "warm p99 ms, new text",
            "cold / warm p50",
            "repeated text p50 ms (plan cache)",
            "new / repeated p50");
    for (PlanningBench.Planning p : bench.planning()) {
      if (p.error() == null) {
        final double warm = p.warm().p50Micros() / 1000;
        final double repeated = p.repeated().p50Micros() / 1000;
        t.row(
            p.name(),
            num(p.coldMillis()),
            num(warm),
            num(p.warm().p99Micros() / 1000),
            num(p.coldMillis() / warm),
            num(repeated),
            num(warm / repeated));
      } else {
        t.row(p.name() + ": " + p.error(), "n/a", "n/a", "n/a", "n/a", "n/a", "n/a");
      }
    }
    out.println(t);
    final PlanningBench.Reuse reuse = bench.reuse(20);
    out.println(
        "Plan reuse (Calcite `Hook.PLANNER` fires once per planning): "
            + reuse.executions()
            + " executions of one PreparedStatement planned "
            + reuse.preparedPlannings()
            + " time(s); "
            + reuse.executions()
            + " ad hoc Statements planned "
            + reuse.adHocPlannings()
            + " times.");
    out.println();
  }
}
