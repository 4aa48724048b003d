package io.vtsql.bench;

/**
 * Command-line options of {@link BenchMain}.
 *
 * @param quick only the quota suite
 * @param scale files in the corpus of the scale, latency, throughput and fan-out runs
 * @param memoryRows rows of the memory run (a forked JVM with {@code -Xmx256m})
 */
record BenchOptions(boolean quick, int scale, int memoryRows) {

  static BenchOptions parse(String[] args) {
    boolean quick = false;
    int scale = 100_000;
    int memoryRows = 1_000_000;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
      case "--quick":
        quick = true;
        break;
      case "--scale":
        scale = Integer.parseInt(args[++i]);
        break;
      case "--memory-rows":
        memoryRows = Integer.parseInt(args[++i]);
        break;
      default:
        throw new IllegalArgumentException("usage: bench [--quick] [--scale FILES]"
            + " [--memory-rows ROWS]; unknown option " + args[i]);
      }
    }
    return new BenchOptions(quick, scale, memoryRows);
  }
}
