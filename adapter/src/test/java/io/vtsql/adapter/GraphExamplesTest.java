package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The VT Graph questions in sql-examples/ run against the default demo corpus, find rows, and cost
 * the requests their comments promise: with the connection's default caches, the node rows come
 * from the graph objects the first request returned.
 */
class GraphExamplesTest {
  private static VtSimulator sim;
  private static Connection conn;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().build());
    conn = VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of());
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
  @CsvSource({
    "63-graphs-containing-a-domain.sql, 1",
    "64-most-viewed-graphs-and-their-files.sql, 1"
  })
  void exampleReturnsRows(String name, long requests) throws Exception {
    final Path file =
        Path.of("").toAbsolutePath().getParent().resolve("sql-examples").resolve(name);
    final String sql = Files.readString(file, StandardCharsets.UTF_8).strip().replaceAll(";$", "");
    assertFalse(VtConnections.rows(conn, sql).isEmpty(), name + " returned no rows");
    SimRequests.assertCount(requests, () -> sim.requests().total());
  }
}
