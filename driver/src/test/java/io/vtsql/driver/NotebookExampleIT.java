package io.vtsql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The notebook example (sql-examples/notebooks/vtsql_pandas.py) run by the Debian Python with JPype
 * and pandas, against the one-jar driver and against {@code vtsql serve}: its DataFrame has the
 * shape and values the local JDBC driver returns.
 */
class NotebookExampleIT {
  private static final String PYTHON = "/usr/bin/python3";
  private static final String SQL =
      "SELECT id, meaningful_name, type_tag, size, malicious,"
          + " last_submission_date, tags FROM files WHERE malicious >= 30"
          + " ORDER BY malicious DESC LIMIT 10";

  private static Path script;
  private static List<List<Object>> expected;

  @BeforeAll
  static void setUp() throws Exception {
    assumeTrue(pythonHasJpypeAndPandas(), PYTHON + " cannot import jpype and pandas");
    script =
        Path.of(
            System.getProperty("vtsql.repoRoot"), "sql-examples", "notebooks", "vtsql_pandas.py");
    try (Connection connection = DriverManager.getConnection("jdbc:vt:")) {
      expected = AvaticaServerTest.query(connection, SQL);
    }
    assertEquals(10, expected.size());
  }

  @Test
  void dataFrameFromTheOneJarDriver() throws Exception {
    assertFrame(runExample(List.of()));
  }

  @Test
  void dataFrameThroughVtsqlServe() throws Exception {
    // The server fronts its own embedded simulator: same seed, same corpus.
    try (VtAvaticaServer server =
        ServerFixture.start(new RemoteConnectionPolicy(Map.of(), Map.of(), null))) {
      assertFrame(runExample(List.of("--server", server.url())));
    }
  }

  private static JsonNode runExample(List<String> extra) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                PYTHON,
                script.toString(),
                "--jar",
                ProcessRunner.shadedJar().toString(),
                "--json",
                "--min-malicious",
                "30"));
    command.addAll(extra);
    ProcessRunner.Result result = ProcessRunner.run(command, Duration.ofSeconds(120), Map.of());
    assertEquals(0, result.exitCode(), result.err());
    return new ObjectMapper().readTree(result.out());
  }

  private static void assertFrame(JsonNode frame) {
    assertEquals("[10,7]", frame.path("shape").toString());
    assertEquals(
        "[\"id\",\"meaningful_name\",\"type_tag\",\"size\",\"malicious\","
            + "\"last_submission_date\",\"tags\"]",
        frame.path("columns").toString());
    assertEquals("datetime64[ns]", frame.path("dtypes").path("last_submission_date").asText());
    assertEquals("int64", frame.path("dtypes").path("malicious").asText());
    List<List<Object>> actual = new ArrayList<>();
    for (JsonNode row : frame.path("rows")) {
      List<Object> tags = new ArrayList<>();
      row.path("tags").forEach(tag -> tags.add(tag.asText()));
      actual.add(
          List.of(
              row.path("id").asText(),
              row.path("meaningful_name").asText(),
              row.path("type_tag").asText(),
              row.path("size").asLong(),
              row.path("malicious").asInt(),
              utc(row.path("last_submission_date").asText()),
              tags));
    }
    List<List<Object>> wanted = new ArrayList<>();
    for (List<Object> row : expected) {
      wanted.add(
          List.of(
              row.get(0), row.get(1), row.get(2), row.get(3), row.get(4), row.get(5), row.get(6)));
    }
    assertEquals(wanted, actual);
  }

  /** pandas writes naive datetimes; vtsql's are UTC wall-clock times. */
  private static Instant utc(String isoLocal) {
    return LocalDateTime.parse(isoLocal).toInstant(ZoneOffset.UTC);
  }

  private static boolean pythonHasJpypeAndPandas() {
    try {
      return new ProcessBuilder(PYTHON, "-c", "import jpype.dbapi2, pandas").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
