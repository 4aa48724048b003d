package io.vtsql.adapter;

import static io.vtsql.adapter.VtConnections.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.Tier;
import io.vtsql.simulator.VtSimulator;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.runtime.Hook;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The per-connection plan cache of ad hoc statements: a repeat skips planning but still runs
 * (requests, parameters, row limits), and no plan is served to another connection, key, default
 * schema or a catalogue the application changed.
 */
class PlanCacheTest {
  private static final String KEY_A = "a".repeat(64);
  private static final String KEY_B = "b".repeat(64);
  private static VtSimulator sim;
  private static List<ObjectNode> files;

  @BeforeAll
  static void start() throws IOException {
    sim =
        VtSimulator.start(
            SimulatorConfig.builder()
                .scale(200)
                .key(KEY_A, Tier.PREMIUM)
                .key(KEY_B, Tier.PREMIUM)
                .build());
    files = List.copyOf(sim.corpus().all("file"));
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.requests().reset();
  }

  private static Connection open(String key) throws SQLException {
    return VtConnections.open(sim.baseUrl(), key, true, 100, false);
  }

  private static String id(int i) {
    return files.get(i).get("id").asText();
  }

  private static String lookup(int i) {
    return "select id, size from files where id = '" + id(i) + "'";
  }

  private static CalciteSchema root(Connection c) throws SQLException {
    return CalciteSchema.from(c.unwrap(CalciteConnection.class).getRootSchema());
  }

  /** Runs {@code body} and returns how many times Calcite planned a statement meanwhile. */
  private static int plannings(SqlAction body) throws SQLException {
    final AtomicInteger count = new AtomicInteger();
    try (Hook.Closeable ignored =
        Hook.PLANNER.addThread((Consumer<Object>) planner -> count.incrementAndGet())) {
      body.run();
    }
    return count.get();
  }

  /** JDBC calls under test. */
  @FunctionalInterface
  private interface SqlAction {
    void run() throws SQLException;
  }

  @Test
  void aRepeatedStatementIsPlannedOnceAndStillSendsItsRequest() throws SQLException {
    try (Connection c = open(KEY_A)) {
      final List<List<Object>> first = rows(c, lookup(0));
      assertEquals(1, first.size());
      assertEquals(1, plannings(() -> rows(c, lookup(1))), "another text is planned");
      assertEquals(
          0,
          plannings(() -> assertEquals(first, rows(c, lookup(0)))),
          "the same text is not planned again");
      assertEquals(3, sim.requests().total(), "with the cache off every execution sends its GET");
    }
  }

  @Test
  void plansAreNeverSharedAcrossConnectionsOrKeys() throws SQLException {
    try (Connection a = open(KEY_A);
        Connection b = open(KEY_B);
        Connection a2 = open(KEY_A)) {
      rows(a, lookup(2));
      assertEquals(1, plannings(() -> rows(b, lookup(2))), "key B plans its own");
      assertEquals(1, plannings(() -> rows(a2, lookup(2))), "so does another connection");
      assertEquals(1, PlanCache.size(root(a)));
      assertEquals(1, PlanCache.size(root(b)));
      final Map<String, Long> byKey = sim.requests().byKey();
      assertEquals(2, byKey.size(), byKey.toString());
      assertEquals(3, sim.requests().total());
    }
  }

  @Test
  void parametersAndRowLimitsApplyToEachExecution() throws SQLException {
    final String sql = "select id from files where id = ?";
    try (Connection c = open(KEY_A)) {
      for (int i = 3; i < 6; i++) {
        try (PreparedStatement p = c.prepareStatement(sql)) {
          p.setString(1, id(i));
          try (ResultSet rs = p.executeQuery()) {
            assertTrue(rs.next());
            assertEquals(id(i), rs.getString(1));
          }
        }
      }
      final String search = "select id from files where size > 0 limit 5";
      try (Statement s = c.createStatement()) {
        s.setMaxRows(2);
        assertEquals(2, VtConnections.rows(s.executeQuery(search)).size());
      }
      assertEquals(5, rows(c, search).size(), "the row limit of one statement is not cached");
      assertEquals(3, PlanCache.size(root(c)), "the prepared text, and the search per row limit");
    }
  }

  @Test
  void theDefaultSchemaIsPartOfTheKey() throws SQLException {
    final String sql = "select count(*) from files where id = '" + id(6) + "'";
    try (Connection c = open(KEY_A)) {
      assertEquals(List.of(List.of(1L)), rows(c, sql));
      c.setSchema("vt_meta");
      final SQLException e = assertThrows(SQLException.class, () -> rows(c, sql));
      assertTrue(e.getMessage().contains("not found"), e.getMessage());
    }
  }

  @Test
  void lookupsOfOtherIdsShareTheirCompiledCode() throws SQLException {
    final List<Object> code = new ArrayList<>();
    try (Connection c = open(KEY_A);
        Hook.Closeable ignored = Hook.JAVA_PLAN.addThread((Consumer<Object>) code::add)) {
      c.prepareStatement(lookup(9)).close();
      c.prepareStatement(lookup(10)).close();
    }
    assertEquals(2, code.size(), "two texts, two plannings");
    assertEquals(
        code.get(0),
        code.get(1),
        "the key is data (stashed), not code, so Calcite's"
            + " compiled-code cache can serve the second lookup without Janino");
  }

  @Test
  void aConstantThatCannotBeComputedFailsTheSameWayWhenRepeated() throws SQLException {
    try (Connection c = open(KEY_A)) {
      final String sql = "select 1 / 0";
      final Throwable first = rootCause(assertThrows(Throwable.class, () -> rows(c, sql)));
      final Throwable again = rootCause(assertThrows(Throwable.class, () -> rows(c, sql)));
      assertEquals(first.getClass(), again.getClass(), again.toString());
      assertEquals(first.getMessage(), again.getMessage());
    }
  }

  private static Throwable rootCause(Throwable t) {
    return t.getCause() == null ? t : rootCause(t.getCause());
  }

  @Test
  void aClosedConnectionsPlansCanBeCollected() throws Exception {
    final WeakReference<CalciteSchema> root;
    try (Connection c = open(KEY_A)) {
      rows(c, lookup(8));
      root = new WeakReference<>(root(c));
      assertEquals(1, PlanCache.size(root.get()));
    }
    for (int i = 0; i < 50 && root.get() != null; i++) {
      System.gc();
      Thread.sleep(20);
    }
    assertNull(root.get(), "the cache must not keep a closed connection's catalogue alive");
  }

  @Test
  void aConnectionWhoseCatalogueTheApplicationChangedIsNotCached() throws SQLException {
    try (Connection c = open(KEY_A)) {
      rows(c, lookup(7));
      assertEquals(1, PlanCache.size(root(c)));
      c.unwrap(CalciteConnection.class).getRootSchema().add("mine", new AbstractSchema());
      assertEquals(1, plannings(() -> rows(c, lookup(7))), "planned again under the new catalogue");
      assertEquals(1, plannings(() -> rows(c, lookup(7))), "and every time while it is there");
    }
  }
}
