package io.vtsql.driver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Debian's chromium, headless and offline (no sync, updates or background networking, a fresh
 * profile), for tests that look at a page as a browser draws it.
 */
final class HeadlessChromium {
  private static final String BINARY = "chromium";

  private HeadlessChromium() {}

  static boolean installed() {
    try {
      return new ProcessBuilder(BINARY, "--version").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** The page's DOM once its scripts have run. */
  static String dumpDom(Path page) throws IOException, InterruptedException {
    List<String> command = command(page.getParent());
    command.addAll(List.of("--dump-dom", page.toUri().toString()));
    ProcessRunner.Result result = ProcessRunner.run(command, Duration.ofSeconds(60), Map.of());
    return result.out();
  }

  private static List<String> command(Path workDir) throws IOException {
    Path profile = Files.createTempDirectory(workDir, "chromium-profile");
    return new ArrayList<>(
        List.of(
            BINARY,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--user-data-dir=" + profile));
  }
}
