package io.vtsql.driver;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import sqlline.SqlLine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The vtsql shell: sqlline with vtsql's defaults, pass-through options, one-line errors. */
class SqllineShellTest {
  private static ObjectNode file;

  @BeforeAll static void pickAFile() {
    file = EmbeddedSimulator.instance().corpus().all("file").iterator().next();
  }

  /** Output and error text of one sqlline run. */
  record Run(SqlLine.Status status, String out, String err) {
  }

  private static Run run(String... args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    VtSqlLine sqlLine = new VtSqlLine();
    sqlLine.setOutputStream(new PrintStream(out, true, StandardCharsets.UTF_8));
    sqlLine.setErrorStream(new PrintStream(err, true, StandardCharsets.UTF_8));
    List<String> arguments = VtsqlMain.sqllineArguments(args, Map.of());
    SqlLine.Status status = sqlLine.begin(arguments.toArray(new String[0]), null, false);
    return new Run(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  @Test void passesOptionsThroughAndPrintsCsv() throws IOException {
    String md5 = file.path("attributes").path("md5").asText();
    Run run = run("-e", "SELECT id, size FROM files WHERE md5 = '" + md5 + "'",
        "--outputformat=csv");
    assertEquals(SqlLine.Status.OK, run.status(), run.err());
    assertTrue(run.out().contains("'id','size'"), run.out());
    assertTrue(run.out().contains("'" + file.path("id").asText() + "','"
        + file.path("attributes").path("size").asLong() + "'"), run.out());
  }

  @Test void badSqlIsOneLineWithoutStackTrace() throws IOException {
    Run run = run("-e", "SELEC * FROM files");
    assertOneErrorLine(run, "state=42000");
  }

  @Test void aQueryVirusTotalCannotAnswerIsOneLine() throws IOException {
    Run run = run("-e", "SELECT * FROM files");
    assertOneErrorLine(run, "Filter on");
  }

  @Test void aWrongKeyIsOneLine() throws IOException {
    Run run = run("-u", "jdbc:vt:baseUrl=" + EmbeddedSimulator.instance().baseUrl()
            + ";apiKey=" + "e".repeat(64), "-n", "", "-p", "",
        "-e", "SELECT id FROM files WHERE id = '" + file.path("id").asText() + "'");
    assertOneErrorLine(run, "state=28000");
    assertFalse(run.err().contains("e".repeat(64)), "the key must not be printed");
  }

  @Test void aDivisionByZeroIsOneLine() throws IOException {
    Run run = run("-e", "SELECT 1 / 0");
    assertOneErrorLine(run, "Error: Division by zero (state=22012)");
  }

  @Test void helpPointsToTheDocs() throws IOException {
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
