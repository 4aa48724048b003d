package io.vtsql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person at a terminal: tmux runs {@code java -jar} (what bin/vtsql runs), types a query,
 * completes names with Tab, recalls history, and quits; the test reads the screen.
 */
class SqllineTmuxIT {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final Pattern SIMULATOR_URL =
      Pattern.compile("simulator at (http://127\\.0\\.0\\.1:\\d+)/api/v3");

  @TempDir Path home;
  private String socket;

  @BeforeEach
  void startTmux() throws Exception {
    assumeTrue(tmuxInstalled(), "tmux is not installed");
    socket = "vtsql-it-" + ProcessHandle.current().pid();
    String command =
        "env -u VT_API_KEY "
            + ProcessRunner.java()
            + " -Duser.home="
            + home
            + " -jar "
            + ProcessRunner.shadedJar()
            + " 2>&1; sleep 30";
    tmux("new-session", "-d", "-s", "it", "-x", "200", "-y", "50", command);
  }

  @AfterEach
  void stopTmux() throws Exception {
    if (socket != null) {
      tmux("kill-server");
    }
  }

  @Test
  void typesAQueryCompletesNamesAndQuits() throws Exception {
    String screen = waitFor(s -> s.contains("jdbc:vt:>"));
    Matcher url = SIMULATOR_URL.matcher(screen);
    assertTrue(url.find(), screen);
    long requestsBefore = simulatorRequests(url.group(1));

    // Tab completes table names, and column names after "table.", from JDBC metadata,
    // which costs no API request.
    complete(
        "SELECT * FROM file_contacted_dom",
        s -> s.contains("SELECT * FROM file_contacted_domains"));
    complete("SELECT files.meaningful_na", s -> s.contains("SELECT files.meaningful_name"));
    // Where a column is expected, a column name, not a keyword such as SMALLINT.
    complete("SELECT mal", s -> lastPromptLine(s).contains("SELECT malicious"));
    assertEquals(requestsBefore, simulatorRequests(url.group(1)));
    tmux("send-keys", "-t", "it", "C-u");

    ObjectNode file = EmbeddedSimulator.instance().corpus().all("file").iterator().next();
    // tmux reads an argument ending in ";" as its own command separator: end with "; ".
    String sql =
        "SELECT id, size FROM files WHERE md5 = '"
            + file.path("attributes").path("md5").asText()
            + "'; ";
    tmux("send-keys", "-t", "it", "-l", sql);
    tmux("send-keys", "-t", "it", "Enter");
    screen = waitFor(s -> s.contains("1 row selected"));
    assertTrue(screen.contains(file.path("id").asText()), screen);
    assertTrue(
        screen.contains(Long.toString(file.path("attributes").path("size").asLong())), screen);

    // A statement of a few hundred requests shows a live progress line on the terminal, which
    // is gone once the result is printed.
    tmux(
        "send-keys",
        "-t",
        "it",
        "-l",
        "SELECT f.id, d.id FROM files f"
            + " JOIN file_contacted_domains d ON d.file_id = f.id WHERE f.malicious >= 5"
            + " LIMIT 1500; ");
    tmux("send-keys", "-t", "it", "Enter");
    waitFor(s -> Pattern.compile("vtsql: \\d+ requests? sent").matcher(s).find());
    screen = waitFor(s -> s.contains("rows selected ("));
    assertTrue(!screen.contains("requests sent"), screen);

    tmux("send-keys", "-t", "it", "Up", "Up");
    waitFor(s -> lastPromptLine(s).contains("WHERE md5 ="));
    tmux("send-keys", "-t", "it", "C-u", "!quit", "Enter");
    waitFor(s -> !javaRunning());
    Path history = home.resolve(".vtsql/history");
    assertTrue(Files.readString(history).contains("WHERE md5 ="));
    assertEquals(
        "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(history)));
    assertEquals(
        "rwx------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(history.getParent())));
  }

  private boolean javaRunning() {
    try {
      return tmux("list-panes", "-t", "it", "-F", "#{pane_current_command}").contains("java");
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static String lastPromptLine(String screen) {
    List<String> prompts = screen.lines().filter(l -> l.contains("jdbc:vt:>")).toList();
    return prompts.isEmpty() ? "" : prompts.get(prompts.size() - 1);
  }

  /**
   * Types {@code text} on an empty line and presses Tab until the screen shows the completion: a
   * Tab that reaches the shell while it is still busy with the previous line is not queued.
   */
  private void complete(String text, Predicate<String> completed) throws Exception {
    tmux("send-keys", "-t", "it", "C-u", text, "Tab");
    Instant deadline = Instant.now().plus(WAIT);
    while (Instant.now().isBefore(deadline)) {
      Instant retry = Instant.now().plusSeconds(5);
      while (Instant.now().isBefore(retry)) {
        if (completed.test(tmux("capture-pane", "-p", "-t", "it"))) {
          return;
        }
        Thread.sleep(200);
      }
      tmux("send-keys", "-t", "it", "Tab");
    }
    throw new AssertionError(
        "Tab never completed "
            + text
            + "; last screen:\n"
            + tmux("capture-pane", "-p", "-t", "it"));
  }

  private String waitFor(Predicate<String> condition) throws Exception {
    Instant deadline = Instant.now().plus(WAIT);
    String screen = "";
    while (Instant.now().isBefore(deadline)) {
      screen = tmux("capture-pane", "-p", "-t", "it");
      if (condition.test(screen)) {
        return screen;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("screen never matched; last screen:\n" + screen);
  }

  private String tmux(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
    command.addAll(List.of(args));
    return ProcessRunner.run(command, Duration.ofSeconds(20), Map.of()).out();
  }

  static boolean tmuxInstalled() {
    try {
      return new ProcessBuilder("tmux", "-V").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static long simulatorRequests(String rootUrl) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(rootUrl + "/_sim/stats")).build(),
                HttpResponse.BodyHandlers.ofString());
    Matcher total = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(response.body());
    assertTrue(total.find(), response.body());
    return Long.parseLong(total.group(1));
  }
}
