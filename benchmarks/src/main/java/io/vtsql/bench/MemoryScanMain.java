package io.vtsql.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;

/**
 * The child process of the memory measurement: runs one statement through {@code jdbc:vt:} against
 * a simulator in another process (base URL as the first argument, the key from {@code VT_API_KEY},
 * never the command line), reads every row, and prints one line {@code rows=N seconds=S
 * maxHeapBytes=M}. It is started with a small {@code -Xmx} and a GC log; finishing at all shows
 * that rows stream rather than accumulate, and the log shows how much heap the scan held.
 */
public final class MemoryScanMain {
  private MemoryScanMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: MemoryScanMain BASE_URL MAX_REQUESTS SQL");
    }
    Class.forName("io.vtsql.driver.VtDriver");
    final Properties p = new Properties();
    p.setProperty("baseUrl", args[0]);
    p.setProperty("apiKey", System.getenv("VT_API_KEY"));
    p.setProperty("cache", "false");
    p.setProperty("maxRequests", args[1]);
    final long start = System.nanoTime();
    final long rows;
    try (Connection c = DriverManager.getConnection("jdbc:vt:", p)) {
      rows = Jdbc.drain(c, args[2]);
    }
    final double seconds = (System.nanoTime() - start) / 1e9;
    System.out.println(
        "rows="
            + rows
            + " seconds="
            + seconds
            + " maxHeapBytes="
            + Runtime.getRuntime().maxMemory());
  }
}
