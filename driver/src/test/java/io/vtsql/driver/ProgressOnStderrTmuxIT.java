package io.vtsql.driver;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/vtsql -e "..." > out} at a terminal: the progress line is drawn on the terminal
 * (stderr, which bin/vtsql reports as a terminal) while stdout, redirected to a file, gets the
 * result alone.
 */
class ProgressOnStderrTmuxIT {
  private static final Duration WAIT = Duration.ofSeconds(90);

  @TempDir Path home;
  private String socket;

  @AfterEach
  void stopTmux() throws Exception {
    if (socket != null) {
      tmux("kill-server");
    }
  }

  @Test
  void progressGoesToTheTerminalAndTheResultToTheFile() throws Exception {
    assumeTrue(SqllineTmuxIT.tmuxInstalled(), "tmux is not installed");
    socket = "vtsql-stderr-it-" + ProcessHandle.current().pid();
    Path out = home.resolve("out.csv");
    String statement =
        "SELECT f.id, d.id FROM files f JOIN file_contacted_domains d ON d.file_id = f.id"
            + " WHERE f.malicious >= 5 LIMIT 1500";
    String command =
        "env -u VT_API_KEY "
            + ProcessRunner.java()
            + " -Duser.home="
            + home
            + " -D"
            + StderrTerminal.PROPERTY
            + "=true -jar "
            + ProcessRunner.shadedJar()
            + " --outputformat=csv -e \""
            + statement
            + "\" > "
            + out
            + "; echo EXIT=$?; sleep 30";
    tmux("new-session", "-d", "-s", "it", "-x", "200", "-y", "50", command);
    waitFor(s -> Pattern.compile("vtsql: \\d+ requests? sent").matcher(s).find());
    String screen = waitFor(s -> s.contains("EXIT=0"));
    String result = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(result.lines().count() > 100, result);
    assertFalse(result.contains("requests sent"), "stdout has the result alone");
    assertFalse(screen.contains("requests sent"), "the line is erased once the result is out");
  }

  private String waitFor(Predicate<String> condition) throws Exception {
    Instant deadline = Instant.now().plus(WAIT);
    String screen = "";
    while (Instant.now().isBefore(deadline)) {
      screen = tmux("capture-pane", "-p", "-t", "it");
      if (condition.test(screen)) {
        return screen;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("timed out; screen:\n" + screen);
  }

  private String tmux(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return output;
  }
}
