package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The relationship and child-table pivots (and the Livehunt questions, whose request counts
 * LivehuntTablesTest checks) in sql-examples/ run against the default demo corpus and find rows.
 */
class RelationshipExamplesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "30-sample-infrastructure.sql",
        "31-files-talking-to-domain.sql",
        "32-passive-dns-of-ip.sql",
        "33-sandbox-dns-and-dropped-files.sql",
        "34-samples-whose-sandboxes-saw-a-technique.sql",
        "35-mitre-techniques-of-a-sample.sql",
        "50-engines-naming-a-family.sql",
        "51-high-entropy-pe-sections.sql",
        "52-dns-records-of-a-domain.sql",
        "53-certificates-of-contacted-domains.sql",
        "54-engines-without-a-verdict.sql",
        "60-todays-livehunt-matches-and-their-detections.sql",
        "61-this-weeks-ioc-stream-from-livehunt.sql"
      })
  void exampleReturnsRows(String name) throws Exception {
    final Path file =
        Path.of("").toAbsolutePath().getParent().resolve("sql-examples").resolve(name);
    final String sql = Files.readString(file, StandardCharsets.UTF_8).strip().replaceAll(";$", "");
    try (VtSimulator sim = VtSimulator.start(SimulatorConfig.builder().build());
        Connection conn = VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of())) {
      assertFalse(VtConnections.rows(conn, sql).isEmpty(), name + " returned no rows");
    }
  }
}
