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
import org.junit.jupiter.api.Test;

/**
 * The Private Scanning and basic-search questions in sql-examples/ run against the default demo
 * corpus, find rows, and cost the requests their comments promise (the basic search with a public
 * key).
 */
class PrivateScanningExamplesTest {
  private static VtSimulator sim;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().build());
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.requests().reset();
  }

  private static String example(String name) throws Exception {
    final Path file =
        Path.of("").toAbsolutePath().getParent().resolve("sql-examples").resolve(name);
    return Files.readString(file, StandardCharsets.UTF_8).strip().replaceAll(";$", "");
  }

  @Test
  void latestPrivateAnalysesAndTheirFiles() throws Exception {
    try (Connection conn =
        VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of("cache", "false"))) {
      assertFalse(
          VtConnections.rows(conn, example("68-latest-private-analyses-and-their-files.sql"))
              .isEmpty());
      SimRequests.assertCount(6, () -> sim.requests().total());
    }
  }

  @Test
  void basicSearchAndAugmentWidgetWithAPublicKey() throws Exception {
    try (Connection conn =
        VtConnections.open(
            sim.baseUrl(), sim.publicKey(), Map.of("cache", "false", "tier", "public"))) {
      assertFalse(
          VtConnections.rows(conn, example("69-basic-search-and-augment-widget.sql")).isEmpty());
      SimRequests.assertCount(2, () -> sim.requests().total());
    }
  }
}
