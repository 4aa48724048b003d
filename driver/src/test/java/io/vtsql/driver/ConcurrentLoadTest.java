package io.vtsql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 16 connections run statements at the same time, locally and over Avatica: none fails and each
 * connection gets exactly the rows of its own statements. CI runs a few statements per connection;
 * {@code -Dvtsql.load.statements=50} runs the full 16 × 50.
 */
class ConcurrentLoadTest {
  private static final int CONNECTIONS = 16;
  private static final int STATEMENTS = Integer.getInteger("vtsql.load.statements", 2);

  private static VtSimulator simulator;
  private static VtAvaticaServer server;
  private static List<ObjectNode> files;

  @BeforeAll
  static void start() throws Exception {
    simulator = VtSimulator.start(SimulatorConfig.builder().port(0).build());
    server =
        ServerFixture.start(
            new RemoteConnectionPolicy(
                Map.of("baseUrl", simulator.baseUrl()), Map.of(), simulator.premiumKey()));
    files = new ArrayList<>();
    simulator.corpus().all("file").forEach(files::add);
  }

  @AfterAll
  static void stop() {
    server.close();
    simulator.close();
  }

  @Test
  void localConnectionsKeepTheirOwnResults() throws Exception {
    run(
        () ->
            DriverManager.getConnection(
                "jdbc:vt:baseUrl=" + simulator.baseUrl() + ";apiKey=" + simulator.premiumKey()));
  }

  @Test
  void remoteConnectionsKeepTheirOwnResults() throws Exception {
    run(() -> DriverManager.getConnection(server.jdbcUrl()));
  }

  private static void run(Callable<Connection> open) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int c = 0; c < CONNECTIONS; c++) {
        int connection = c;
        results.add(pool.submit(() -> statements(open, connection)));
      }
      int checked = 0;
      for (Future<Integer> result : results) {
        checked += result.get(120, TimeUnit.SECONDS);
      }
      assertEquals(CONNECTIONS * STATEMENTS, checked);
    } finally {
      pool.shutdownNow();
    }
  }

  /** One connection's statements, each checked against the corpus; how many were checked. */
  private static int statements(Callable<Connection> open, int connection) throws Exception {
    int checked = 0;
    try (Connection c = open.call();
        PreparedStatement lookup =
            c.prepareStatement("SELECT id, size, md5 FROM files WHERE id = ?")) {
      for (int s = 0; s < STATEMENTS; s++) {
        ObjectNode file = files.get((connection * STATEMENTS + s) % files.size());
        String id = file.path("id").asText();
        List<List<Object>> rows;
        if (s % 2 == 0) {
          lookup.setString(1, id);
          try (ResultSet resultSet = lookup.executeQuery()) {
            rows = ResultRows.read(resultSet);
          }
        } else {
          rows =
              AvaticaServerTest.query(
                  c,
                  "SELECT id, size, md5 FROM files WHERE md5 = '"
                      + file.path("attributes").path("md5").asText()
                      + "'");
        }
        assertEquals(
            List.of(
                List.of(
                    id,
                    file.path("attributes").path("size").asLong(),
                    file.path("attributes").path("md5").asText())),
            rows,
            "connection " + connection + ", statement " + s);
        checked++;
      }
    } catch (SQLException e) {
      throw new AssertionError("connection " + connection + " failed: " + e.getMessage(), e);
    }
    assertTrue(checked > 0);
    return checked;
  }
}
