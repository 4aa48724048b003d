package io.vtsql.driver;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a separate process (a JVM on the shaded jar, python) to completion for tests. */
final class ProcessRunner {
  private ProcessRunner() {}

  /** Exit code and output of a finished process. */
  record Result(int exitCode, String out, String err) {}

  /** The shaded jar that failsafe hands to integration tests. */
  static Path shadedJar() {
    Path jar = Path.of(System.getProperty("vtsql.shadedJar", "target/missing.jar"));
    assertTrue(Files.isRegularFile(jar), "run integration tests with mvn verify: " + jar);
    return jar;
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Runs a command without VT_API_KEY, failing the test if it does not exit in time. */
  static Result run(List<String> command, Duration timeout, Map<String, String> env)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("vtsql-it", ".out");
    Path err = Files.createTempFile("vtsql-it", ".err");
    ProcessBuilder builder =
        new ProcessBuilder(new ArrayList<>(command))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    builder.environment().remove("VT_API_KEY");
    builder.environment().putAll(env);
    Process process = builder.start();
    boolean exited = process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
    if (!exited) {
      process.destroyForcibly();
    }
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    Files.delete(out);
    Files.delete(err);
    assertTrue(
        exited, "did not exit within " + timeout + ": " + command + "\n" + stdout + "\n" + stderr);
    return new Result(process.exitValue(), stdout, stderr);
  }
}
