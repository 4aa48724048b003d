package io.vtsql.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the numbers were measured on: cores, memory, JVM and the load at the time. */
final class Machine {
  private Machine() {}

  /** One line such as {@code 2 cores, 23.4 GiB RAM, OpenJDK 17.0.15, load 1.20}. */
  static String describe() {
    return Runtime.getRuntime().availableProcessors()
        + " cores, "
        + String.format(Locale.ROOT, "%.1f GiB RAM", totalMemoryGiB())
        + ", "
        + System.getProperty("java.vm.name")
        + " "
        + System.getProperty("java.runtime.version")
        + ", load "
        + load();
  }

  /** The one-minute load average, two decimals. */
  static String load() {
    return MarkdownTable.num(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static double totalMemoryGiB() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: fall back to the JVM's view below
    }
    final java.lang.management.OperatingSystemMXBean os =
        ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun
        ? sun.getTotalMemorySize() / 1024.0 / 1024.0 / 1024.0
        : Double.NaN;
  }
}
