package io.vtsql.adapter;

import static io.vtsql.adapter.VtConnections.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.Tier;
import io.vtsql.simulator.VtSimulator;
import io.vtsql.simulator.faults.FaultKind;
import io.vtsql.simulator.faults.FaultSettings;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Through SQL, an upstream that is not (quite) VirusTotal never gives a wrong answer or a raw
 * error: a wrong base URL or an HTML 404 is an error naming the URL, dot ids send nothing,
 * connections the server dropped are replaced, endless bodies stop at the cap, and a cancel ends a
 * rate-limit wait at once.
 */
class HostileUpstreamSqlTest {
  private static VtSimulator sim;
  private static List<String> fileIds;

  @BeforeAll
  static void start() throws IOException {
    sim =
        VtSimulator.start(
            SimulatorConfig.builder().scale(100).key("d".repeat(64), Tier.PREMIUM).build());
    fileIds = sim.corpus().all("file").stream().map(o -> o.get("id").asText()).toList();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @AfterEach
  void noFaults() {
    sim.faults().clear();
  }

  private static Connection open(String... more) throws SQLException {
    return VtConnections.open(sim.baseUrl(), sim.premiumKey(), more);
  }

  private static SQLException fails(String state, Executable run, String... inMessage) {
    final SQLException e = assertThrows(SQLException.class, run);
    assertEquals(state, e.getSQLState(), e.getMessage());
    for (String part : inMessage) {
      assertTrue(e.getMessage().contains(part), e.getMessage());
    }
    assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    return e;
  }

  @Test
  void aWrongBaseUrlIsAnErrorNotAnEmptyResult() throws SQLException {
    final String wrong = sim.rootUrl() + "/api/v2";
    try (Connection c = VtConnections.open(wrong, sim.premiumKey(), "cache", "off")) {
      fails(
          "08001",
          () -> rows(c, "select id from files where id = '" + fileIds.get(0) + "'"),
          "NotAnApiEndpoint (HTTP 404)",
          "check baseUrl " + wrong);
      fails(
          "08001",
          () -> rows(c, "select id from file_comments where file_id = '" + fileIds.get(0) + "'"),
          "NotAnApiEndpoint");
    }
  }

  @Test
  void aProxysHtml404IsAnErrorNotAnEmptyResult() throws SQLException {
    try (Connection c = open("cache", "off")) {
      Faults.only(sim, FaultKind.HTML_404);
      sim.requests().reset();
      fails(
          "08001",
          () -> rows(c, "select id from files where id = '" + fileIds.get(0) + "'"),
          "HTML",
          "not a VirusTotal API v3 endpoint");
      assertEquals(1, sim.requests().total(), "not retried");
    }
  }

  @Test
  void dotIdsAddressNothingAndSendNothing() throws Exception {
    try (Connection c = open("cache", "off")) {
      sim.requests().reset();
      assertEquals(List.of(), rows(c, "select id from files where id = '..'"));
      assertEquals(List.of(), rows(c, "select id from urls where id in ('.', '..')"));
      assertEquals(List.of(), rows(c, "select id from file_comments where file_id = '..'"));
      assertEquals(List.of(), rows(c, "select id from domain_resolutions where domain_id = '.'"));
      SimRequests.assertCount(0, sim.requests()::total);
    }
  }

  @Test
  void connectionsTheServerDroppedAreReplacedTransparently() throws Exception {
    try (Connection c =
        open("cache", "off", "fanOut", "4", "maxAttempts", "2", "retryBaseDelay", "5ms")) {
      // every response is followed by the server closing the kept-alive connection
      Faults.only(sim, FaultKind.IDLE_CLOSE);
      sim.requests().reset();
      final List<String> sixteen = fileIds.subList(0, 16);
      assertEquals(
          16,
          rows(c, "select id from files where id in ('" + String.join("', '", sixteen) + "')")
              .size());
      Thread.sleep(100);
      assertEquals(
          List.of(List.of(fileIds.get(20))),
          rows(c, "select id from files where id = '" + fileIds.get(20) + "'"));
      SimRequests.assertCount(17, sim.requests()::total);
    }
  }

  @Test
  void anEndlessBodyStopsAtTheCap() throws SQLException {
    try (Connection c = open("cache", "off", "maxBodyBytes", "256k")) {
      Faults.only(sim, FaultKind.ENDLESS_BODY);
      fails(
          "22000",
          () -> rows(c, "select id from files where id = '" + fileIds.get(0) + "'"),
          "BodyTooLarge",
          "maxBodyBytes=262144");
    }
  }

  @Test
  void cancelEndsARateLimitWaitWithinASecond() throws Exception {
    try (Connection c =
            VtConnections.open(
                sim.baseUrl(),
                "d".repeat(64),
                "cache",
                "off",
                "rateLimit",
                "1/30s",
                "fanOut",
                "1");
        Statement s = c.createStatement()) {
      final CompletableFuture<SQLException> run =
          CompletableFuture.supplyAsync(
              () -> {
                try (ResultSet rs =
                    s.executeQuery(
                        "select id from files where id in ('"
                            + fileIds.get(0)
                            + "', '"
                            + fileIds.get(1)
                            + "')")) {
                  while (rs.next()) {
                    // the second lookup waits for the limiter
                  }
                  return null;
                } catch (SQLException e) {
                  return e;
                }
              });
      Thread.sleep(500);
      final long t0 = System.nanoTime();
      s.cancel();
      final SQLException e = run.get(10, TimeUnit.SECONDS);
      final long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
      assertTrue(millis < 1000, "cancelled after " + millis + " ms");
      assertEquals("57014", e.getSQLState(), e.getMessage());
    }
  }

  @Test
  void faultsAreOffAfterEachTest() {
    assertEquals(FaultSettings.none().rates(), sim.faults().settings().rates());
    assertEquals(Map.of(), sim.faults().settings().rates());
  }
}
