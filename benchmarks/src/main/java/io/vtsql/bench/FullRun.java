package io.vtsql.bench;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;

/** The measurements after the quota suite: scale, latency, throughput, fan-out, memory, planning. */
final class FullRun {
  private final BenchOptions options;
  private final PrintStream out;

  FullRun(BenchOptions options, PrintStream out) {
    this.options = requireNonNull(options, "options");
    this.out = requireNonNull(out, "out");
  }

  void run() throws Exception {
    out.println("(full run: scale " + options.scale() + ")");
  }
}
