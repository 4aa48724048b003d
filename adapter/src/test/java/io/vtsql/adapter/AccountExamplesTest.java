package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The account questions in sql-examples/ run against the demo simulator as demo_analyst (vtUser),
 * find rows, and cost the requests their comments promise.
 */
class AccountExamplesTest {
  private static VtSimulator sim;
  private static Connection conn;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().build());
    conn =
        VtConnections.open(
            sim.baseUrl(), sim.premiumKey(), Map.of("cache", "false", "vtUser", "demo_analyst"));
  }

  @AfterAll
  static void stop() throws Exception {
    conn.close();
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.requests().reset();
  }

  @ParameterizedTest
  @CsvSource({"65-remaining-daily-quota.sql, 1", "66-members-of-a-group.sql, 2"})
  void exampleReturnsRows(String name, long requests) throws Exception {
    assertFalse(VtConnections.rows(conn, example(name)).isEmpty(), name + " returned no rows");
    SimRequests.assertCount(requests, () -> sim.requests().total());
  }

  @Test
  void membersAndTheirAdministrator() throws Exception {
    assertEquals(
        List.of(
            List.of("demo_analyst", "Demo", "Analyst", "active", true),
            List.of("demo_basic", "Demo", "Basic", "active", false)),
        VtConnections.rows(conn, example("66-members-of-a-group.sql")));
  }

  private static String example(String name) throws Exception {
    final Path file =
        Path.of("").toAbsolutePath().getParent().resolve("sql-examples").resolve(name);
    return Files.readString(file, StandardCharsets.UTF_8).strip().replaceAll(";$", "");
  }
}
