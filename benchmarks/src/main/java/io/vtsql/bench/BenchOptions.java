package io.vtsql.bench;

import java.util.Set;

/**
 * Command-line options of {@link BenchMain}.
 *
 * @param quick only the quota suite
 * @param scale files in the corpus of the scale, latency, throughput and fan-out runs
 * @param memoryRows rows of the memory run (a forked JVM with {@code -Xmx256m})
 * @param sections the sections to run ({@code --sections 2,6}); empty means all of them
 */
record BenchOptions(boolean quick, int scale, int memoryRows, Set<String> sections) {

  /** Whether section {@code number} ("0" to "6") is to run. */
  boolean runs(String number) {
    return sections.isEmpty() || sections.contains(number);
  }

  static BenchOptions parse(String[] args) {
    boolean quick = false;
    int scale = 100_000;
    int memoryRows = 1_000_000;
    Set<String> sections = Set.of();
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
        case "--sections":
          sections = Set.of(args[++i].split(","));
          break;
        default:
          throw new IllegalArgumentException(
              "usage: bench [--quick] [--scale FILES]"
                  + " [--memory-rows ROWS] [--sections 0,1,...,6]; unknown option "
                  + args[i]);
      }
    }
    return new BenchOptions(quick, scale, memoryRows, sections);
  }
}
