package io.vtsql.bench;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.io.PrintStream;
import java.util.List;

/**
 * Runs the benchmarks against simulators on loopback and prints markdown tables: {@code --quick}
 * only the quota suite (under two minutes), otherwise every measurement of docs/performance.md;
 * {@code --sections 2,6} only those. {@code bin/vtsql bench [--quick]} runs this class.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    final BenchOptions options = BenchOptions.parse(args);
    final PrintStream out = System.out;
    out.println("# vtsql benchmarks");
    out.println();
    out.println("Machine: " + Machine.describe());
    out.println();
    if (!options.runs("1")) {
      new FullRun(options, out).run();
      return;
    }
    out.println("## 1. Quota efficiency (" + QUOTA_FILES + "-file corpus, seed 42)");
    out.println();
    try (VtSimulator sim =
        VtSimulator.start(SimulatorConfig.builder().scale(QUOTA_FILES).build())) {
      final List<QuotaResult> results = new QuotaSuite(sim).run(true);
      out.println(QuotaReport.render(results));
    }
    if (options.quick()) {
      return;
    }
    new FullRun(options, out).run();
  }

  /** Files in the quota suite's corpus: the demo corpus size, so tests and docs agree. */
  static final int QUOTA_FILES = 2000;
}
