package io.vtsql.adapter;

import static io.vtsql.adapter.VtConnections.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import io.vtsql.simulator.faults.FaultKind;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Through plain JDBC ({@code jdbc:calcite:}), VirusTotal failures arrive as SQLExceptions with the
 * right SQLState and the error code, HTTP status and request path in the message, whether they
 * happen while the statement executes or while {@code next()} fetches a later page.
 */
class SqlStateTest {
  private static VtSimulator sim;
  private static String fileId;

  @BeforeAll
  static void start() throws IOException {
    sim =
        VtSimulator.start(
            SimulatorConfig.builder().scale(700).publicQuota(10_000, 100_000).build());
    fileId = sim.corpus().all("file").iterator().next().get("id").asText();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @AfterEach
  void noFaults() {
    sim.faults().clear();
  }

  private static Connection open(String key, String... more) throws SQLException {
    final String[] all = new String[more.length + 6];
    all[0] = "cache";
    all[1] = "off";
    all[2] = "retryBaseDelay";
    all[3] = "5ms";
    all[4] = "maxAttempts";
    all[5] = "2";
    System.arraycopy(more, 0, all, 6, more.length);
    return VtConnections.open(sim.baseUrl(), key, all);
  }

  private static SQLException fails(String state, Executable run, String... inMessage) {
    final SQLException e = assertThrows(SQLException.class, run);
    assertEquals(state, e.getSQLState(), e.getMessage());
    for (String s : inMessage) {
      assertTrue(e.getMessage().contains(s), "'" + s + "' in " + e.getMessage());
    }
    return e;
  }

  @Test
  void wrongKeyIs28000() throws SQLException {
    try (Connection c = open("f".repeat(64))) {
      fails(
          "28000",
          () -> rows(c, "select id from files where id = '" + fileId + "'"),
          "WrongCredentialsError",
          "HTTP 401",
          "/files/" + fileId);
      try (PreparedStatement ps = c.prepareStatement("select id from files where id = ?")) {
        ps.setString(1, fileId);
        fails("28000", ps::executeQuery, "WrongCredentialsError", "HTTP 401");
      }
    }
  }

  @Test
  void publicKeyOnPremiumSearchIs42501() throws SQLException {
    try (Connection c = open(sim.publicKey())) {
      fails(
          "42501",
          () -> rows(c, "select id from files where size > 10 limit 3"),
          "ForbiddenError",
          "HTTP 403",
          "/intelligence/search?");
    }
  }

  @Test
  void badRequestIs42000() throws SQLException {
    try (Connection c = open(sim.premiumKey())) {
      fails(
          "42000",
          () -> rows(c, "select id from table(vt_search('entity:file nosuchmodifier:3')) limit 2"),
          "HTTP 400",
          "/intelligence/search?");
    }
  }

  @Test
  void serverErrorAfterRetriesIs58000() throws SQLException {
    Faults.only(sim, FaultKind.TRANSIENT);
    try (Connection c = open(sim.premiumKey())) {
      fails(
          "58000",
          () -> rows(c, "select id from files where id = '" + fileId + "'"),
          "TransientError",
          "HTTP 503",
          "/files/" + fileId);
    }
    assertEquals(2, sim.requests().count("GET /files/{id}"), "maxAttempts=2");
  }

  @Test
  void failureOfALaterPageSurfacesFromNext() throws SQLException {
    try (Connection c = open(sim.premiumKey());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select id from files where size > 0")) {
      assertTrue(rs.next(), "the first page was fetched while executing");
      Faults.only(sim, FaultKind.DEADLINE_EXCEEDED);
      final SQLException e =
          fails(
              "58000",
              () -> {
                while (rs.next()) {
                  rs.getString(1);
                }
              },
              "DeadlineExceededError",
              "HTTP 504",
              "cursor=");
      assertEquals(504, e.getErrorCode());
    }
  }

  @Test
  void malformedBodyIs22000AndResetIs08006() throws SQLException {
    try (Connection c = open(sim.premiumKey())) {
      Faults.only(sim, FaultKind.HTML_200);
      fails(
          "22000",
          () -> rows(c, "select id from files where id = '" + fileId + "'"),
          "/files/" + fileId);
      Faults.only(sim, FaultKind.RESET);
      fails(
          "08006",
          () -> rows(c, "select id from files where id = '" + fileId + "'"),
          "/files/" + fileId);
    }
  }

  @Test
  void unreachableServerIs08001() throws SQLException {
    try (Connection c =
        VtConnections.open("http://127.0.0.1:9/api/v3", sim.premiumKey(), "maxAttempts", "1")) {
      final String hash = "0".repeat(64);
      fails(
          "08001",
          () -> rows(c, "select id from files where id = '" + hash + "'"),
          "/files/" + hash);
    }
  }

  @Test
  void maxRequestsIs54000BeforeTheRequest() throws SQLException {
    sim.requests().reset();
    try (Connection c = open(sim.premiumKey(), "maxRequests", "2")) {
      fails(
          "54000",
          () ->
              rows(
                  c,
                  "select id from files where id in ('"
                      + "a".repeat(64)
                      + "', '"
                      + "b".repeat(64)
                      + "', '"
                      + "c".repeat(64)
                      + "')"),
          "maxRequests=2");
    }
    assertEquals(2, sim.requests().total(), "the third request was never sent");
  }

  /** Calcite's model loader reports a schema that cannot be built as an unchecked exception. */
  @Test
  void badPropertiesNameThemselvesAndWhatIsAllowed() {
    assertTrue(
        causes(
                assertThrows(
                    RuntimeException.class,
                    () -> open(sim.premiumKey(), "cachettl", "10m", "cacheTTL2", "1")))
            .contains("unknown vt connection property 'cacheTTL2'; did you mean 'cacheTtl'?"));
    assertTrue(
        causes(assertThrows(RuntimeException.class, () -> open(sim.premiumKey(), "tier", "gold")))
            .contains("tier='gold' is invalid: expected public, premium or auto"));
    assertTrue(
        causes(
                assertThrows(
                    RuntimeException.class,
                    () -> open(sim.premiumKey(), "rateLimit", "4 per minute")))
            .contains(
                "rateLimit='4 per minute' is invalid: expected requests/window such as 4/1m"));
  }

  private static String causes(Throwable t) {
    final StringBuilder b = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      b.append(c.getMessage()).append('\n');
    }
    return b.toString();
  }
}
