package io.vtsql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * An operator's mistake stops {@code vtsql serve} with one line that says what to fix and a
 * non-zero exit status, never a stack trace; and it refuses to run with request-logging DEBUG.
 */
class ServeCommandErrorsTest {
  @TempDir Path folder;

  /** What one run printed on its error writer and on System.err, and its exit status. */
  record Run(int exit, String err, String systemErr) {}

  private static Run serve(String... args) {
    StringWriter err = new StringWriter();
    PrintStream originalErr = System.err;
    ByteArrayOutputStream systemErr = new ByteArrayOutputStream();
    System.setErr(new PrintStream(systemErr, true, StandardCharsets.UTF_8));
    int exit;
    try {
      exit = new CommandLine(new ServeCommand()).setErr(new PrintWriter(err)).execute(args);
    } finally {
      System.setErr(originalErr);
    }
    return new Run(exit, err.toString(), systemErr.toString(StandardCharsets.UTF_8));
  }

  private static void assertOneLine(Run run, int exit, String... expected) {
    assertEquals(exit, run.exit(), run.err() + run.systemErr());
    assertEquals(1, run.err().lines().count(), run.err());
    for (String text : expected) {
      assertTrue(run.err().contains(text), run.err());
    }
    assertFalse((run.err() + run.systemErr()).contains("\tat "), run.err() + run.systemErr());
  }

  @Test
  void aPortInUseIsOneLine() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      Run run = serve("--port", Integer.toString(port));
      assertOneLine(
          run,
          ServeCommand.EXIT_CANNOT_START,
          "vtsql serve: cannot listen on 127.0.0.1:" + port,
          "choose another --port");
    }
  }

  @Test
  void aMissingUsersFileIsOneLine() {
    Path missing = folder.resolve("no-such-realm.properties");
    assertOneLine(
        serve("--port", "0", "--auth", "basic", "--users", missing.toString()),
        ServeCommand.EXIT_BAD_SETTINGS,
        "--users " + missing + ": no such file");
    assertOneLine(
        serve(
            "--port",
            "0",
            "--auth",
            "basic",
            "--users",
            missing.toString(),
            "--user-keys",
            folder.toString() + "/keys"),
        ServeCommand.EXIT_BAD_SETTINGS,
        ": no such file");
  }

  @Test
  void limitsComeFromTheCommandLine() throws Exception {
    ServeCommand defaults = new ServeCommand();
    new CommandLine(defaults).parseArgs();
    assertEquals(
        new ServerLimits(100, 25, 1000, 250, 1 << 20), defaults.settings(Map.of()).limits());
    ServeCommand given = new ServeCommand();
    new CommandLine(given)
        .parseArgs(
            "--max-request-size",
            "2k",
            "--max-connections-per-user",
            "3",
            "--max-statements-per-user",
            "7");
    assertEquals(new ServerLimits(100, 3, 1000, 7, 2048), given.settings(Map.of()).limits());
    Run bad = serve("--max-request-size", "lots");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("expected a positive size such as 1048576"), bad.err());
  }

  @Test
  void jettyDebugLoggingIsRefused() throws Exception {
    ProcessRunner.Result result =
        ProcessRunner.run(
            List.of(
                ProcessRunner.java(),
                "-Dorg.slf4j.simpleLogger.log.org.eclipse.jetty=debug",
                "-cp",
                System.getProperty("java.class.path"),
                VtsqlMain.class.getName(),
                "serve",
                "--port",
                "0"),
            Duration.ofSeconds(60),
            Map.of());
    assertEquals(ServeCommand.EXIT_CANNOT_START, result.exitCode(), result.err());
    assertTrue(
        result
            .err()
            .contains(
                "vtsql serve: refusing to start: DEBUG logging is on for" + " org.eclipse.jetty."),
        result.err());
    assertFalse(result.err().contains("listening"), result.err());
  }
}
