package io.vtsql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar alone on a class path answers queries: by URL, by Class.forName, and as {@code
 * java -jar} (bin/vtsql), and its JVM exits when the program is done.
 */
class ShadedJarIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(90);
  private static ObjectNode file;
  private static Path probe;

  @BeforeAll
  static void setUp() throws Exception {
    // The embedded simulator of another JVM serves the same deterministic demo corpus.
    file = EmbeddedSimulator.instance().corpus().all("file").iterator().next();
    probe = Path.of(ShadedJarIT.class.getResource("/JarProbe.java").toURI());
  }

  private static String md5() {
    return file.path("attributes").path("md5").asText();
  }

  private static String expectedLine() {
    return file.path("id").asText()
        + ","
        + file.path("attributes").path("size").asLong()
        + ",Object[]";
  }

  @Test
  void driverIsFoundByItsUrl() throws Exception {
    ProcessRunner.Result result =
        ProcessRunner.run(
            List.of(
                ProcessRunner.java(),
                "-cp",
                ProcessRunner.shadedJar().toString(),
                probe.toString(),
                md5()),
            TIMEOUT,
            Map.of());
    assertEquals(0, result.exitCode(), result.err());
    assertEquals(List.of(expectedLine()), result.out().lines().toList());
  }

  @Test
  void driverIsFoundByClassForName() throws Exception {
    ProcessRunner.Result result =
        ProcessRunner.run(
            List.of(
                ProcessRunner.java(),
                "-cp",
                ProcessRunner.shadedJar().toString(),
                probe.toString(),
                md5(),
                "forName"),
            TIMEOUT,
            Map.of());
    assertEquals(0, result.exitCode(), result.err());
    assertEquals(List.of(expectedLine()), result.out().lines().toList());
  }

  @Test
  void javaDashJarRunsOneStatementAsCsvAndExits() throws Exception {
    ProcessRunner.Result result =
        ProcessRunner.run(
            List.of(
                ProcessRunner.java(),
                "-jar",
                ProcessRunner.shadedJar().toString(),
                "--outputformat=csv",
                "-e",
                "SELECT id, size FROM files WHERE md5 = '" + md5() + "'"),
            TIMEOUT,
            Map.of());
    assertEquals(0, result.exitCode(), result.err());
    assertTrue(
        result
            .out()
            .lines()
            .anyMatch(
                line ->
                    line.equals(
                        file.path("id").asText()
                            + ","
                            + file.path("attributes").path("size").asLong())),
        result.out());
    List<String> status =
        result.err().lines().filter(l -> l.startsWith("vtsql: talking to")).toList();
    assertEquals(1, status.size(), result.err());
    assertTrue(status.get(0).contains("simulator"), status.get(0));
  }

  @Test
  void badSqlFailsWithOneLineAndStatusOne() throws Exception {
    ProcessRunner.Result result =
        ProcessRunner.run(
            List.of(
                ProcessRunner.java(),
                "-jar",
                ProcessRunner.shadedJar().toString(),
                "-e",
                "SELECT FROM WHERE"),
            TIMEOUT,
            Map.of());
    assertEquals(1, result.exitCode());
    assertEquals(
        1, result.err().lines().filter(l -> l.startsWith("Error: ")).count(), result.err());
    assertTrue(!result.err().contains("\tat "), result.err());
  }
}
