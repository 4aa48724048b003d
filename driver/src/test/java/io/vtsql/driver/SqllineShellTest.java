package io.vtsql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sqlline.SqlLine;

/** The vtsql shell: sqlline with vtsql's defaults, pass-through options, one-line errors. */
class SqllineShellTest {
  private static ObjectNode file;

  @BeforeAll
  static void pickAFile() {
    file = EmbeddedSimulator.instance().corpus().all("file").iterator().next();
  }

  /** Output and error text of one sqlline run. */
  record Run(SqlLine.Status status, String out, String err) {}

  private static Run run(String... args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    VtSqlLine sqlLine = new VtSqlLine();
    sqlLine.setOutputStream(new PrintStream(out, true, StandardCharsets.UTF_8));
    sqlLine.setErrorStream(new PrintStream(err, true, StandardCharsets.UTF_8));
    List<String> arguments = VtsqlMain.sqllineArguments(args, Map.of());
    SqlLine.Status status = sqlLine.begin(arguments.toArray(new String[0]), null, false);
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void passesOptionsThroughAndPrintsRfc4180Csv() throws IOException {
    String md5 = file.path("attributes").path("md5").asText();
    Run run =
        run(
            "-e",
            "SELECT id, size, tags, 'say \"hi\"' AS quoted, CAST(NULL AS INTEGER)"
                + " AS nothing FROM files WHERE md5 = '"
                + md5
                + "'",
            "--outputformat=csv");
    assertEquals(SqlLine.Status.OK, run.status(), run.err());
    List<String> tags = new ArrayList<>();
    file.path("attributes").path("tags").forEach(tag -> tags.add("\"\"" + tag.asText() + "\"\""));
    String tagsJson = "[" + String.join(",", tags) + "]";
    String tagsField = tags.isEmpty() ? tagsJson : "\"" + tagsJson + "\"";
    assertEquals(
        List.of(
            "id,size,tags,quoted,nothing",
            file.path("id").asText()
                + ","
                + file.path("attributes").path("size").asLong()
                + ","
                + tagsField
                + ",\"say \"\"hi\"\"\","),
        run.out().lines().toList());
  }

  @Test
  void jsonHasNumbersAndRealArrays() throws IOException {
    String md5 = file.path("attributes").path("md5").asText();
    Run run =
        run(
            "-e",
            "SELECT id, size, tags FROM files WHERE md5 = '" + md5 + "'",
            "--outputformat=json");
    assertEquals(SqlLine.Status.OK, run.status(), run.err());
    JsonNode row = new ObjectMapper().readTree(run.out()).path("resultset").path(0);
    assertEquals(file.path("id").asText(), row.path("id").asText());
    assertTrue(row.path("size").isIntegralNumber(), row.toString());
    assertEquals(file.path("attributes").path("size").asLong(), row.path("size").asLong());
    assertTrue(row.path("tags").isArray(), row.toString());
    assertEquals(file.path("attributes").path("tags"), row.path("tags"));
  }

  @Test
  void badSqlIsOneLineWithoutStackTrace() throws IOException {
    Run run = run("-e", "SELEC * FROM files");
    assertOneErrorLine(run, "state=42000");
  }

  @Test
  void anIncompleteStatementIsAnErrorNotSilence() throws IOException {
    for (String sql : List.of("SELECT 'x", "SELECT (1", "SELECT 1 /* open comment")) {
      Run run = run("-e", sql);
      assertEquals(SqlLine.Status.OTHER, run.status(), sql);
      assertOneErrorLine(run, "incomplete statement");
      assertTrue(run.err().contains("state=42000"), run.err());
    }
  }

  @Test
  void aQueryVirusTotalCannotAnswerIsOneLine() throws IOException {
    Run run = run("-e", "SELECT * FROM files");
    assertOneErrorLine(run, "Filter on");
  }

  @Test
  void aWrongKeyIsOneLine() throws IOException {
    Run run =
        run(
            "-u",
            "jdbc:vt:baseUrl="
                + EmbeddedSimulator.instance().baseUrl()
                + ";apiKey="
                + "e".repeat(64),
            "-n",
            "",
            "-p",
            "",
            "-e",
            "SELECT id FROM files WHERE id = '" + file.path("id").asText() + "'");
    assertOneErrorLine(run, "state=28000");
    assertFalse(run.err().contains("e".repeat(64)), "the key must not be printed");
  }

  @Test
  void explainPrintsTheWholePlanWithoutCorrelationNoise() throws IOException {
    Run run =
        run(
            "-e",
            "EXPLAIN PLAN FOR SELECT f.id, d.id FROM files f"
                + " JOIN file_contacted_domains d ON d.file_id = f.id WHERE f.malicious >= 40 LIMIT 5");
    assertEquals(SqlLine.Status.OK, run.status(), run.err());
    assertTrue(
        run.out()
            .lines()
            .anyMatch(
                line ->
                    line.strip().startsWith("VtTableScan(table=[[vt, file_contacted_domains]]")
                        && line.contains(
                            "requestsAtMost=[1 per parent + 1 per further page of 40 targets]")
                        && line.endsWith("fanOut=[4])")),
        run.out());
    assertTrue(run.out().contains("variablesSet=[20 parents per batch]"), run.out());
    assertTrue(
        run.out().contains("EnumerableCalc(keep rows whose parent is in the batch)"), run.out());
    assertFalse(run.out().contains("$cor41"), run.out());
    assertTrue(
        run.out()
            .lines()
            .anyMatch(
                line ->
                    line.equals(
                        "-- VirusTotal requests: 1 to 1000 (maxRequests); depends"
                            + " on data: 1 per page of 300 results read for files + 1 per parent + 1 per further"
                            + " page of 40 targets for file_contacted_domains (fewer when responses are cached)")),
        run.out());
  }

  @Test
  void aDivisionByZeroIsOneLine() throws IOException {
    Run run = run("-e", "SELECT 1 / 0");
    assertOneErrorLine(run, "Error: Division by zero (state=22012)");
  }

  @Test
  void tablesListsTheVtTablesByName() throws IOException {
    Run run = run("-e", "!tables", "--outputformat=csv");
    assertEquals(SqlLine.Status.OK, run.status(), run.err());
    List<String> vtTables =
        run.out()
            .lines()
            .filter(line -> line.startsWith(",vt,"))
            .map(line -> line.split(",")[2])
            .toList();
    assertTrue(vtTables.containsAll(JdbcMetadataTest.CORE_TABLES), vtTables.toString());
    assertEquals(vtTables.stream().sorted().toList(), vtTables);
  }

  @Test
  void helpPointsToTheDocs() throws IOException {
    Run run = run("-e", "!help");
    assertTrue(run.out().contains("docs/clients.md"), run.out());
  }

  private static void assertOneErrorLine(Run run, String expected) {
    List<String> errors = run.err().lines().filter(line -> line.startsWith("Error: ")).toList();
    assertEquals(1, errors.size(), run.err());
    assertTrue(errors.get(0).contains(expected), errors.get(0));
    assertFalse(run.err().contains("\tat "), "stack trace printed: " + run.err());
  }
}
