package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * IN lists of 20 values and more, which Calcite plans as a semi-join with VALUES, are still point
 * lookups: one GET per distinct value, whatever the list's length.
 */
class LongInListTest {
  private static final int HASHES = 10_000;
  private static VtSimulator sim;
  private static Connection conn;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().build());
    conn =
        VtConnections.open(
            sim.baseUrl(),
            sim.premiumKey(),
            Map.of("cache", "false", "maxRequests", Integer.toString(HASHES), "fanOut", "32"));
  }

  @AfterAll
  static void stop() throws SQLException {
    conn.close();
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.requests().reset();
  }

  private static String inList(List<String> values) {
    return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
  }

  private static List<List<Object>> sortedRows(List<String> ids) {
    return ids.stream().sorted().map(i -> List.<Object>of(i)).collect(Collectors.toList());
  }

  @Test
  void twentyFiveMd5sAreTwentyFiveGets() throws Exception {
    final List<String> ids = sim.corpus().ids("file").subList(0, 25);
    final List<String> md5s =
        sim.corpus().all("file").stream()
            .limit(25)
            .map(f -> f.path("attributes").path("md5").asText())
            .collect(Collectors.toList());
    assertEquals(
        sortedRows(ids),
        VtConnections.rows(
            conn, "SELECT id FROM files WHERE md5 IN (" + inList(md5s) + ") ORDER BY id"));
    SimRequests.assertCount(25, () -> sim.requests().total());
  }

  @Test
  void longListWithOtherConditionsIsStillALookup() throws Exception {
    final List<String> ids = sim.corpus().ids("file").subList(100, 130);
    final List<String> expected =
        sim.corpus().all("file").stream()
            .skip(100)
            .limit(30)
            .filter(
                f -> f.path("attributes").path("last_analysis_stats").path("malicious").asInt() > 3)
            .map(f -> f.get("id").asText())
            .collect(Collectors.toList());
    assertEquals(
        sortedRows(expected),
        VtConnections.rows(
            conn,
            "SELECT id FROM files"
                + " WHERE id IN ("
                + inList(ids)
                + ") AND malicious > 3 ORDER BY id"));
    SimRequests.assertCount(30, () -> sim.requests().total());
  }

  @Test
  void tenThousandHashesAreOneGetEachAndFindTheKnownFiles() throws Exception {
    final List<String> known = sim.corpus().ids("file");
    final List<String> found = known.subList(0, Math.min(500, known.size()));
    final List<String> asked = new ArrayList<>(found);
    final MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    for (int i = 0; asked.size() < HASHES; i++) {
      asked.add(
          HexFormat.of()
              .formatHex(sha256.digest(("absent " + i).getBytes(StandardCharsets.UTF_8))));
    }
    asked.addAll(found.subList(0, 10)); // repeated values cost nothing more
    final String sql = "SELECT id, size FROM files WHERE id IN (" + inList(asked) + ")";
    final long start = System.nanoTime();
    final List<List<Object>> rows = VtConnections.rows(conn, sql);
    final long elapsedMs = (System.nanoTime() - start) / 1_000_000;
    assertEquals(
        sortedRows(found),
        rows.stream()
            .map(r -> List.of(r.get(0)))
            .sorted((a, b) -> a.get(0).toString().compareTo(b.get(0).toString()))
            .collect(Collectors.toList()));
    SimRequests.assertCount(HASHES, () -> sim.requests().total());
    assertTrue(elapsedMs < 60_000, "10,000 lookups took " + elapsedMs + " ms");
  }
}
